// inline_: chains of small calls inlined into each other; escape lines
// are reported at the outermost call site.
package main

var sink *int

func c(p *int) { sink = p }

func b(p *int) { c(p) }

func a() {
	x := 1
	b(&x)
}

func main() {
	a()
}
