// closure_: converting a func value to an interface; funcs are
// pointer-shaped so no box is allocated, the closure itself escapes.
package main

import "fmt"

var anySink any

func toAny() {
	n := 3
	anySink = func() int { return n }
}

func printFunc() {
	f := func() {}
	fmt.Printf("%T\n", f)
}

func main() {
	toAny()
	printFunc()
}
