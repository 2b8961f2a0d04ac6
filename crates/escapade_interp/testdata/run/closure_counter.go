// closures capture variables by reference; each call of the factory has its own state.
package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func main() {
	a, b := counter(), counter()
	fmt.Println(a(), a(), a(), b())
	x := 1
	inc := func() { x++ }
	inc()
	inc()
	fmt.Println(x)
}
