// method_: calls through local variables holding method expressions: gc's static
// value resolves the callee, so the receiver and arguments use the method's tags.
package main

type box struct{ p *int }

var sink *int

func (b box) Leak()         { sink = b.p }
func (b *box) Get() *int    { return b.p }
func (b *box) Set(p *int)   { b.p = p }
func (b box) Keep(q *int) int { return *q }

func leakViaVar() {
	x := 1
	f := box.Leak
	f(box{&x})
}

func getViaVar() *int {
	var b box
	g := (*box).Get
	return g(&b)
}

func setViaVar(q *int) {
	var b box
	s := (*box).Set
	s(&b, q)
}

func keepViaVar() int {
	y := 2
	k := box.Keep
	return k(box{}, &y)
}

func main() {}
