// Covers: `defer recover()` (a directly deferred recover is called by the runtime, not by a
// deferred function, so it never stops a panic), also when nothing panics and inside a
// deferred function literal; `defer panic(v)` (v evaluated at the defer, a panic replacing
// another, a nil error value).
package main

import (
	"errors"
	"fmt"
)

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

func a() {
	defer func() { fmt.Println("a recovered:", recover()) }()
	msg := "deferred"
	defer panic(msg)
	msg = "changed"
	fmt.Println("a body", msg)
}

func b() {
	defer func() { fmt.Println("b recovered:", recover()) }()
	defer panic(errors.New("second"))
	panic("first")
}

func c() (r int) {
	defer func() {
		if v := recover(); v != nil {
			r = v.(int) * 2
		}
	}()
	defer panic(21)
	return 1
}

func d() {
	defer func() {
		v := recover()
		fmt.Printf("d recovered: %T %v\n", v, v)
	}()
	var e error
	defer panic(e)
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
	a()
	b()
	fmt.Println(c())
	d()
	fmt.Println("end")
}
