// param_: receivers leaking at different levels.
package main

type box struct {
	p  *int
	pp **int
}

var g *int

func (b *box) leakP() { g = b.p }

func (b *box) leakPP() { g = *b.pp }

func (b *box) retP() *int { return b.p }

func (b box) retVal() *int { return b.p }

func main() {}
