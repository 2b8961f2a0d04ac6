// append_: append chains and appending a slice to itself.
package main

func dup(s []int) []int {
	return append(s, s...)
}

func chain() int {
	s := append([]int{1}, 2)
	s = append(s, 3)
	return len(s)
}

func prepend(s []int, v int) []int {
	return append([]int{v}, s...)
}

func main() {}
