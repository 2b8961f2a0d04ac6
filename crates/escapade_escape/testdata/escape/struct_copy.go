// struct_: copying structs containing pointers copies the pointers' flows.
package main

type holder struct{ p *int }

var g holder

func copyToGlobal(h holder) {
	g = h
}

func copyLocal() int {
	x := 1
	h := holder{p: &x}
	h2 := h
	return *h2.p
}

func copyOut() holder {
	y := 2
	h := holder{p: &y}
	return h
}

func main() {}
