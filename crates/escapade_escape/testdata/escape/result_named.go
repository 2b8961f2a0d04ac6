// result_: named results assigned pointers to locals (moved to heap) and
// returned with a bare return.
package main

func named() (r *int) {
	x := 1
	r = &x
	return
}

func namedSlice() (out []int) {
	out = make([]int, 3)
	return
}

func namedLocal() (n int) {
	buf := make([]int, 3)
	n = len(buf)
	return
}

func main() {}
