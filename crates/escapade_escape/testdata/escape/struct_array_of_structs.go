// struct_: arrays of structs with pointer fields.
package main

type slot struct{ p *int }

func fill() [2]slot {
	a, b := 1, 2
	return [2]slot{{p: &a}, {p: &b}}
}

func fillLocal() int {
	a := 1
	s := [2]slot{{p: &a}}
	return *s[0].p
}

func main() {}
