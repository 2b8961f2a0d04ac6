// Mistake: forgetting an argument to a method call.
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "a,b,c"
	parts := strings.Split(s)
	fmt.Println(parts)
}
