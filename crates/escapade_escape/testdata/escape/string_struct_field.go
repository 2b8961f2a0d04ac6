// string_: strings stored in struct fields and returned by pointer.
package main

type person struct {
	first, last string
}

func newPerson(f, l string) *person {
	return &person{first: f, last: l}
}

func full(p *person) string {
	return p.first + " " + p.last
}

func initials(p person) string {
	return p.first[:1] + p.last[:1]
}

func main() {}
