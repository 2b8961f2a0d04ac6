// struct literals, field access, zero values, comparison, printing with %v %+v %#v.
package main

import "fmt"

type Point struct {
	X, Y int
	Tag  string
}

func main() {
	p := Point{1, 2, "a"}
	q := Point{Y: 5}
	fmt.Println(p, q, p == q, q.Tag == "")
	fmt.Printf("%v|%+v|%#v\n", p, p, q)
	p.X += 10
	r := p
	r.Y = 0
	fmt.Println(p, r)
	anon := struct {
		A int
		B []string
	}{3, []string{"x"}}
	fmt.Printf("%v %+v\n", anon, anon)
}
