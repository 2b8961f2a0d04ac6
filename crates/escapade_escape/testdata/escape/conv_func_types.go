// conv_: converting func values to named func types.
package main

type handler func(int) int

var h handler

func register(f func(int) int) {
	h = handler(f)
}

func wrap(k int) handler {
	return handler(func(x int) int { return x + k })
}

func main() {}
