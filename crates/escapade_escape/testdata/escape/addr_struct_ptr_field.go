// addr_: storing the address of a local into a field of a struct that is
// itself returned or kept locally.
package main

type holder struct{ p *int }

func returnHolder() holder {
	x := 1
	return holder{p: &x}
}

func localHolder() int {
	y := 2
	h := holder{p: &y}
	return *h.p
}

func fillHolder(h *holder) {
	z := 3
	h.p = &z
}

func main() {}
