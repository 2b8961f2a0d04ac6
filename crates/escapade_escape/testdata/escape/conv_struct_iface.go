// conv_: struct values converted to interfaces: a box holds the copy;
// pointer fields inside flow with it.
package main

type wrap struct {
	p *int
	n int
}

var sink any

func boxWrap(v int) {
	sink = wrap{p: &v, n: 1}
}

func boxLocal(v int) bool {
	var a any = wrap{p: &v}
	_, ok := a.(wrap)
	return ok
}

func main() {}
