// seed_: map[string]int versus map[interface{}]interface{}: the latter
// boxes every key and value (escapes to heap).
package main

func typed() map[string]int {
	m := make(map[string]int)
	for i := 0; i < 3; i++ {
		m["k"] += i
	}
	return m
}

func untyped() map[interface{}]interface{} {
	m := make(map[interface{}]interface{})
	for i := 0; i < 3; i++ {
		m["k"] = i
	}
	return m
}

func untypedLocal(k string, v float64) int {
	m := map[interface{}]interface{}{k: v}
	return len(m)
}

func main() {
	_ = typed()
	_ = untyped()
	_ = untypedLocal("a", 1)
}
