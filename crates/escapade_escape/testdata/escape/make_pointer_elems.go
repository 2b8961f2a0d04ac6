// make_: made slices of pointers receive addresses of locals.
package main

func ptrs() int {
	a := 1
	s := make([]*int, 1)
	s[0] = &a
	return *s[0]
}

func ptrsLocalOnly() int {
	s := make([]*int, 2)
	return len(s)
}

func main() {}
