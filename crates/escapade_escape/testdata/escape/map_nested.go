// map_: nested maps: inner maps stored into an outer map escape.
package main

func nested() map[string]map[string]int {
	outer := map[string]map[string]int{}
	inner := map[string]int{"x": 1}
	outer["a"] = inner
	return outer
}

func nestedLocal() int {
	outer := map[string]map[string]int{}
	outer["b"] = make(map[string]int)
	return len(outer)
}

func main() {}
