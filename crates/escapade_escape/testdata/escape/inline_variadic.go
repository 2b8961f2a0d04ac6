// inline_: inlining a variadic function: the ... argument slice may vanish
// or stay on the stack.
package main

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func use() int {
	return sum(1, 2, 3)
}

func main() {
	println(use())
}
