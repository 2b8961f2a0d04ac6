// maps are references: assignment shares, passing to a function mutates the caller's map.
package main

import "fmt"

func fill(m map[string]bool) {
	m["filled"] = true
}

func main() {
	a := map[string]bool{}
	b := a
	b["x"] = true
	fill(a)
	fmt.Println(a, b, len(a))
	a = nil
	fmt.Println(b, a == nil)
}
