// Covers: `defer recover()` (a directly deferred recover is called by the runtime, not by a
// deferred function, so it never stops a panic), also when nothing panics and inside a
// deferred function literal.
package main

import "fmt"

func quiet() {
	defer recover()
	fmt.Println("in quiet")
}

func named() (r int) {
	defer func() {
		defer recover()
		r = 2
	}()
	return 1
}

func onlyDirect() {
	defer fmt.Println("onlyDirect deferred print")
	defer recover()
	panic("not stopped")
}

func main() {
	quiet()
	fmt.Println(named())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		defer recover()
		panic("boom")
	}()
	func() {
		defer func() { fmt.Println("caller recovered:", recover()) }()
		onlyDirect()
	}()
	fmt.Println("end")
}
