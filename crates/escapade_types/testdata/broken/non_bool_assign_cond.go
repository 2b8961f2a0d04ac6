// Mistake: using the result of a string function as a condition.
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "hello"
	if strings.Index(s, "l") {
		fmt.Println("has l")
	}
}
