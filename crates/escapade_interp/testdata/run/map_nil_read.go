// reading, deleting and ranging over a nil map are fine; len is 0.
package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println(m == nil, len(m), m["x"], m)
	delete(m, "x")
	for k := range m {
		fmt.Println(k)
	}
	v, ok := m["y"]
	fmt.Println(v, ok)
}
