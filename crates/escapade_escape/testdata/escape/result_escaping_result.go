// result_: when the result variable's own address escapes, parameter flows
// to it become heap leaks (issue 44614 rule).
package main

var sink **int

func escResult(p *int) (r *int) {
	sink = &r
	r = p
	return
}

func normalResult(p *int) (r *int) {
	r = p
	return
}

func main() {}
