// builtin_: new of composite types (slices, maps, structs).
package main

func newSlice() *[]int {
	return new([]int)
}

func newMapLocal() int {
	m := new(map[string]int)
	*m = map[string]int{"a": 1}
	return len(*m)
}

func newStructLocal() int {
	s := new(struct{ a, b int })
	s.a = 1
	return s.a + s.b
}

func main() {}
