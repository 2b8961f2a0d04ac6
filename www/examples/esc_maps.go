// Do maps always live on the heap? No: a map that never leaves its function
// can be stack allocated. Compare with `go build -gcflags='-m -l'`.
package main

import "fmt"

// A local map: gc reports "make(map[string]int) does not escape".
func countLocal(words []string) int {
	m := make(map[string]int)
	for _, w := range words {
		m[w]++
	}
	return len(m)
}

// The same map returned to the caller must outlive the call: it escapes.
func countAll(words []string) map[string]int {
	m := make(map[string]int)
	for _, w := range words {
		m[w]++
	}
	return m
}

// A map literal follows the same rule.
func lookup(k string) int {
	m := map[string]int{"a": 1, "b": 2}
	return m[k]
}

func main() {
	words := []string{"go", "heap", "go"}
	fmt.Println(countLocal(words), len(countAll(words)), lookup("a"))
}
