// iface_: building []any from values: each element is boxed; the slice
// literal and boxes escape together with the slice.
package main

var keep []any

func pack(a int, b string) []any {
	return []any{a, b}
}

func packLocal(a int, b string) int {
	xs := []any{a, b}
	return len(xs)
}

func packKeep(a float64) {
	keep = []any{a, &a}
}

func main() {}
