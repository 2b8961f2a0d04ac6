// struct_: escape analysis is field-insensitive: one escaping field's
// target moves... everything stored in the struct flows together.
package main

type two struct {
	a, b *int
}

var sink *int

func oneField() {
	x, y := 1, 2
	t := two{a: &x, b: &y}
	sink = t.a
}

func noField() int {
	x, y := 1, 2
	t := two{a: &x, b: &y}
	return *t.a + *t.b
}

func main() {}
