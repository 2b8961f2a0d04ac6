// An inlined function's append takes its caller's stack buffer once per caller frame; a slice passed to an inlined call moves there.
package main

import "fmt"

func mk(i int) int {
	var s []int
	s = append(s, i)
	return cap(s)
}

func sum(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func build(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return s
}

func main() {
	for i := 0; i < 3; i++ {
		fmt.Println("mk", mk(i))
	}
	fmt.Println("mk again", mk(5))
	var a []int
	for i := 0; i < 3; i++ {
		a = append(a, i)
	}
	fmt.Println("sum", sum(a), cap(a))
	for _, n := range []int{1, 2, 3, 5} {
		b := build(n)
		fmt.Println("build", n, len(b), cap(b))
	}
}
