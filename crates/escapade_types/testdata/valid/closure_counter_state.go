// Covers: closures capturing and mutating variables, independent closure instances, generators.
package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func main() {
	c1, c2 := counter(), counter()
	c1()
	c1()
	fmt.Println(c1(), c2())
	f := fibGen()
	for range 10 {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
