// inline_: devirtualization of an interface call whose concrete type is
// known, then inlining the method.
package main

type shape interface{ area() int }

type sq struct{ s int }

func (q sq) area() int { return q.s * q.s }

func area(s int) int {
	var sh shape = sq{s}
	return sh.area()
}

func main() {
	println(area(3))
}
