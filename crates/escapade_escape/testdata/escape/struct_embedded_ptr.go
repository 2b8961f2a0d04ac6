// struct_: embedded pointer fields promoted in selectors.
package main

type base struct{ name string }
type derived struct {
	*base
	id int
}

func name(d derived) string { return d.name }

func make1(n string) derived {
	return derived{base: &base{name: n}}
}

func main() {}
