// append_: the clone idiom append([]T(nil), s...) and append(s[:0:0], s...).
package main

func clone(s []int) []int {
	return append([]int(nil), s...)
}

func clone2(s []string) []string {
	return append(s[:0:0], s...)
}

func cloneLocal(s []int) int {
	c := append([]int{}, s...)
	return len(c)
}

func main() {}
