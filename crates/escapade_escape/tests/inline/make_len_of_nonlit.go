package main

// An inlined make size len(xs) whose argument is no slice literal keeps its text (the
// model refuses only a parameter that may statically be a literal).

var sink any

func mk(xs []int) []int {
	out := make([]int, 0, len(xs))
	out = append(out, xs...)
	return out
}

func fromMake(n int) {
	s := make([]int, n)
	a := mk(s)
	sink = a
}

func fromParam(s []int) {
	a := mk(s)
	sink = a
}

func main() {
	fromMake(2)
	fromParam(nil)
}
