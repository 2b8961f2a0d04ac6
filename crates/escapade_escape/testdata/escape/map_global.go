// map_: package-level maps: initialized at package scope or in init.
package main

var registry = map[string]int{"a": 1}
var lazy map[string]*int

func init() {
	lazy = make(map[string]*int)
}

func register(name string, v int) {
	registry[name] = v
	lazy[name] = &v
}

func main() {}
