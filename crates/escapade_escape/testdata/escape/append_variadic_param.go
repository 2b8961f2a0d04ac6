// append_: variadic parameters appended into a result.
package main

func gather(xs ...int) []int {
	var out []int
	return append(out, xs...)
}

func gatherPtrs(ps ...*int) []*int {
	return append([]*int(nil), ps...)
}

func callGather() int {
	return len(gather(1, 2, 3))
}

func main() {}
