// Covers: converting between struct types with identical fields, between named slice/map types, and pointer conversions.
package main

import "fmt"

type APIUser struct {
	ID   int
	Name string
}
type DBUser struct {
	ID   int
	Name string
}
type IDs []int
type Index map[string]int

func main() {
	a := APIUser{1, "ann"}
	d := DBUser(a)
	pd := (*DBUser)(&a)
	pd.Name = "changed"
	fmt.Println(d, a)
	raw := []int{3, 1}
	ids := IDs(raw)
	back := []int(ids)
	fmt.Println(len(ids), back[0])
	idx := Index(map[string]int{"a": 1})
	fmt.Println(idx["a"])
}
