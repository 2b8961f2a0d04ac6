// result_: slices returned from functions (seed): returned make and literal
// escape; a slice used locally does not.
package main

func evens(n int) []int {
	out := make([]int, 0, n)
	for i := 0; i < n; i += 2 {
		out = append(out, i)
	}
	return out
}

func countEvens(n int) int {
	return len(evens(n))
}

func fixed() []string {
	return []string{"a", "b"}
}

func main() {
	_ = countEvens(10)
	_ = fixed()
}
