// seed_: iterator loops over maps: a generic map iterator, and range over
// it with the loop variables escaping or not.
package main

func all[K comparable, V any](m map[K]V) func(func(K, V) bool) {
	return func(yield func(K, V) bool) {
		for k, v := range m {
			if !yield(k, v) {
				return
			}
		}
	}
}

var keep []*string

func sum(m map[string]int) int {
	t := 0
	for _, v := range all(m) {
		t += v
	}
	return t
}

func keepKeys(m map[string]int) {
	for k := range all(m) {
		keep = append(keep, &k)
	}
}

func main() {
	m := map[string]int{"a": 1}
	_ = sum(m)
	keepKeys(m)
}
