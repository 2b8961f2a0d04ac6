// map_: map values that are structs with pointer fields.
package main

type entry struct {
	name *string
	n    int
}

func put(m map[int]entry, s string) {
	m[1] = entry{name: &s, n: 1}
}

func get(m map[int]entry) *string {
	return m[1].name
}

func main() {}
