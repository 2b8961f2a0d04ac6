// generic_: a generic Keys over maps (range over map inside a generic).
package main

func Keys[K comparable, V any](m map[K]V) []K {
	out := make([]K, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

func countKeys(m map[string]int) int {
	return len(Keys(m))
}

func main() {}
