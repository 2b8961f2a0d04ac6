// param_: storing one parameter into another (*p = q): q leaks to the heap
// since stores through pointers go to the heap.
package main

func set(p **int, q *int) { *p = q }

func setField(s *struct{ p *int }, q *int) { s.p = q }

func setElem(s []*int, q *int) { s[0] = q }

func setLocal() int {
	var p *int
	x := 1
	set(&p, &x)
	return *p
}

func main() {}
