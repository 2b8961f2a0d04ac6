// structs as values in slices and maps; equality of nested arrays and strings.
package main

import "fmt"

type Key struct {
	Name string
	Dims [2]int
}

func main() {
	a := Key{"a", [2]int{1, 2}}
	b := Key{"a", [2]int{1, 2}}
	fmt.Println(a == b, a != Key{})
	m := map[Key]int{a: 1}
	m[b]++
	fmt.Println(m, len(m))
	var anyA, anyB any = a, b
	fmt.Println(anyA == anyB)
}
