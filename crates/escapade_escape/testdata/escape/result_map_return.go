// result_: maps returned from functions (seed) versus used locally.
package main

func counts(words []string) map[string]int {
	m := make(map[string]int)
	for _, w := range words {
		m[w]++
	}
	return m
}

func distinct(words []string) int {
	m := make(map[string]int)
	for _, w := range words {
		m[w]++
	}
	return len(m)
}

func main() {
	ws := []string{"a", "b", "a"}
	_ = counts(ws)
	_ = distinct(ws)
}
