// param_: a parameter that both leaks its content to the heap and flows to
// a result prints two lines.
package main

var sink *int

func both(pp **int) **int {
	sink = *pp
	return pp
}

func bothSlice(ps []*int) []*int {
	sink = ps[1]
	return ps
}

func main() {}
