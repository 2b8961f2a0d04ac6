// param_: leak summaries propagate through chains of calls (callee tags).
package main

var g *int

func sinkIt(p *int) { g = p }

func pass(p *int) { sinkIt(p) }

func passTwice(p *int) { pass(p) }

func ret(p *int) *int { return p }

func retThrough(p *int) *int { return ret(ret(p)) }

func useRet() int {
	x := 1
	return *retThrough(&x)
}

func main() {}
