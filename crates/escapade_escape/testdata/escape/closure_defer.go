// closure_: deferred func literals at top level versus inside a loop
// (loop defers are heap allocated).
package main

func deferTop() (n int) {
	x := 5
	defer func() { n = x * 2 }()
	return 0
}

func deferLoop(xs []int) (total int) {
	for _, v := range xs {
		defer func() { total += v }()
	}
	return 0
}

func main() {}
