// conv_: converting a type-parameter value to any inside a generic function.
package main

var sink any

func keep[T any](v T) {
	sink = v
}

func useKeep() {
	keep(1)
	keep("s")
	x := 2
	keep(&x)
}

func main() {}
