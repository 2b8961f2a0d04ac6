// seed_: maps returned versus kept local.
package main

func mapReturned() map[string]int {
	m := map[string]int{}
	m["a"] = 1
	return m
}

func mapLocal() int {
	m := map[string]int{}
	m["a"] = 1
	return m["a"]
}

func main() {
	_ = mapReturned()
	_ = mapLocal()
}
