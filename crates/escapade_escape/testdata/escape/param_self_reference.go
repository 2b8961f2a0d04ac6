// param_: a parameter assigned to itself through a field (*p = *p is not
// recognised as self-assignment).
package main

type t struct{ next *t }

func selfDeref(p *t) {
	*p = *p
}

func fieldToSelf(p *t) {
	p.next = p
}

func main() {}
