// Mistake: three variables from a map comma-ok lookup.
package main

import "fmt"

func main() {
	m := map[string]int{"a": 1}
	v, ok, extra := m["a"]
	fmt.Println(v, ok, extra)
}
