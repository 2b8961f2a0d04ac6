// map_: map[interface{}]interface{} boxes keys and values (both escape)
// versus map[string]int where nothing needs boxing (seed comparison).
package main

func ifaceMap(k string, v int) map[interface{}]interface{} {
	m := map[interface{}]interface{}{}
	m[k] = v
	return m
}

func typedMap(k string, v int) map[string]int {
	m := map[string]int{}
	m[k] = v
	return m
}

func ifaceLocal(n int) int {
	m := make(map[interface{}]interface{})
	for i := 0; i < n; i++ {
		m[i] = i * 2
	}
	return len(m)
}

func main() {
	_ = ifaceMap("a", 1)
	_ = typedMap("b", 2)
	_ = ifaceLocal(3)
}
