package main

// go1.27 rewrites a make size whose static value is the length of a slice literal; after
// inlining, len(xs) of a parameter bound to a literal (directly, through a local or
// through another inlined call's parameter) is printed as that length: make([]int, 0, 2).

var sink any

func mk(xs []int) []int {
	out := make([]int, 0, len(xs))
	out = append(out, xs...)
	return out
}

func mid(xs []int) []int {
	return mk(xs)
}

func main() {
	a := mk([]int{1, 2})
	sink = a
	b := mid([]int{1, 2, 3})
	sink = b
	ys := []int{4}
	c := mk(ys)
	sink = c
}
