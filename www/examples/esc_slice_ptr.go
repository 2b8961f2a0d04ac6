// Pointers into slices. Compare with `go build -gcflags='-m -l'`.
package main

import "fmt"

// A pointer to an element that stays inside the function: the backing
// array can stay on the stack.
func bumpLocal() int {
	s := make([]int, 4)
	p := &s[2]
	*p = 7
	return s[2]
}

// Returning a pointer to an element keeps the whole backing array alive
// after the call, so the make escapes to heap.
func elem() *int {
	s := make([]int, 4)
	return &s[2]
}

// A parameter slice: returning a pointer into it is reported as
// "leaking param: s to result ~r0 level=0"; the caller's slice literal in
// main still does not escape.
func at(s []int, i int) *int {
	return &s[i]
}

// A slice of pointers: each new(int) stored in it escapes when the slice
// is returned. go1.27.3 also reports "append escapes to heap" here;
// go1.23.9 does not print that line.
func ptrs(n int) []*int {
	out := make([]*int, 0, 4)
	for i := 0; i < n; i++ {
		v := new(int)
		*v = i
		out = append(out, v)
	}
	return out
}

func main() {
	arr := []int{1, 2, 3}
	*at(arr, 1) = 9
	fmt.Println(bumpLocal(), *elem(), arr[1], len(ptrs(3)))
}
