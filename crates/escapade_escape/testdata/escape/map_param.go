// map_: map parameters: reading, writing and storing them.
package main

var global map[string]int

func read(m map[string]int) int {
	return m["a"]
}

func write(m map[string]int) {
	m["b"] = 2
}

func keep(m map[string]int) {
	global = m
}

func ret(m map[string]int) map[string]int {
	return m
}

func main() {}
