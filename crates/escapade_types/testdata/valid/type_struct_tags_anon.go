// Covers: anonymous structs, struct tags, struct comparison, blank fields, struct conversion ignoring tags.
package main

import "fmt"

type A struct {
	Name string `json:"name"`
	Age  int    `json:"age"`
}

type B struct {
	Name string
	Age  int
}

func main() {
	a := A{"ann", 30}
	b := B(a) // conversion ignores tags
	fmt.Println(b)
	anon := struct {
		X, Y int
		_    int
	}{X: 1, Y: 2}
	fmt.Println(anon.X + anon.Y)
	p1 := struct{ K string }{"k"}
	p2 := struct{ K string }{"k"}
	fmt.Println(p1 == p2)
	points := []struct{ X, Y int }{{1, 2}, {3, 4}}
	for _, p := range points {
		fmt.Println(p.X * p.Y)
	}
}
