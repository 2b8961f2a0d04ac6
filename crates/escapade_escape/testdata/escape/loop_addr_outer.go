// loop_: storing the address of an inner variable in an outer pointer.
package main

func last(xs []int) int {
	var p *int
	for _, x := range xs {
		v := x
		p = &v
	}
	if p == nil {
		return 0
	}
	return *p
}

func main() {}
