// map_: maps created locally (make or literal) versus returned.
package main

func local() int {
	m := make(map[string]int)
	m["a"] = 1
	return m["a"]
}

func returned() map[string]int {
	return map[string]int{"x": 1}
}

func literalLocal() int {
	m := map[int]bool{1: true}
	return len(m)
}

func main() {}
