// go/defer of a generic function call: the verdicts are modelled; gc spills the
// instantiated callee to one more temporary, so -m=2 is refused.
package main

func gen[T any](c chan<- T, v T) {}

type P struct{ x *int }

var sink *P

func keep[T any](p *T) {}
func leak(p *P)        { sink = p }

func main() {
	ch := make(chan int)
	go gen(ch, 1)
	p := &P{}
	defer keep(p)
	q := &P{}
	defer leak(q)
	go gen[string](nil, "x")
}
