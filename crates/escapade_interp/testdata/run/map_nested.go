// nested maps must be created before use; printing nested maps sorts each level.
package main

import "fmt"

func main() {
	m := map[string]map[string]int{}
	add := func(a, b string) {
		inner, ok := m[a]
		if !ok {
			inner = map[string]int{}
			m[a] = inner
		}
		inner[b]++
	}
	add("x", "p")
	add("x", "q")
	add("y", "p")
	add("x", "p")
	fmt.Println(m, len(m["x"]))
}
