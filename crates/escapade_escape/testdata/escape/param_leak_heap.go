// param_: a parameter stored in a global leaks to the heap (leaking param).
package main

var gp *int
var gs []string

func toHeap(p *int) { gp = p }

func sliceToHeap(s []string) { gs = s }

func viaLocal(p *int) {
	q := p
	gp = q
}

func main() {}
