// struct_: anonymous struct types in literals and parameters.
package main

var sink any

func anon(n int) {
	sink = struct{ a, b int }{n, n}
}

func anonPtr(n int) *struct{ v int } {
	return &struct{ v int }{v: n}
}

func anonLocal(p *int) int {
	s := struct{ p *int }{p: p}
	return *s.p
}

func main() {}
