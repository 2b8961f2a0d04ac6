// param_: passing an existing slice with xs... versus a literal list.
package main

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func spread(xs []int) int {
	return sum(xs...)
}

func literal() int {
	return sum(1, 2, 3)
}

func literalSlice() int {
	return sum([]int{4, 5}...)
}

func main() {}
