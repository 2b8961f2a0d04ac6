// uncaught: asserting one named type to another from a non-empty interface.
package main

import "fmt"

type A int
type B int

func (A) String() string { return "A" }
func (B) String() string { return "B" }

func main() {
	var s fmt.Stringer = A(1)
	_ = s.(B)
}
