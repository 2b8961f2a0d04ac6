// map insert, update, lookup with comma-ok, delete, len; fmt prints maps sorted by key.
package main

import "fmt"

func main() {
	m := map[string]int{"b": 2, "a": 1}
	m["c"] = 3
	m["a"] = 10
	v, ok := m["a"]
	w, ok2 := m["zz"]
	fmt.Println(v, ok, w, ok2, len(m))
	delete(m, "b")
	delete(m, "missing")
	fmt.Println(m, len(m))
	fmt.Printf("%v %d\n", m, len(m))
}
