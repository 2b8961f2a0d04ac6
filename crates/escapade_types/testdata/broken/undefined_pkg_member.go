// Mistake: calling a std function that does not exist (strings.Reverse).
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "hello"
	fmt.Println(strings.Reverse(s))
}
