// Mistake: err redeclared in an inner scope with := and never checked there.
package main

import (
	"fmt"
	"os"
)

func main() {
	var err error
	if len(os.Args) > 5 {
		f, err := os.Open("missing.txt")
		fmt.Println(f)
	}
	fmt.Println(err)
}
