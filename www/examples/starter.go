// Escapade starter: which values does gc move to the heap, and how does a map grow?
// Try `go build -gcflags=-m` on this file to compare with the Escape pane.
package main

import "fmt"

type point struct{ x, y int }

// newPoint returns the address of a local variable,
// so p must outlive the call: gc moves it to the heap.
//
//go:noinline
func newPoint(x, y int) *point {
	p := point{x, y}
	return &p
}

// sum only reads the slice, so ps does not escape.
func sum(ps []point) int {
	total := 0
	for _, p := range ps {
		total += p.x + p.y
	}
	return total
}

func main() {
	ps := make([]point, 0, 4) // constant size, no escape: stays on the stack
	for i := 0; i < 4; i++ {
		ps = append(ps, *newPoint(i, i*i))
	}

	// Nine distinct keys: one more than a map's first bucket
	// (Go ≤1.23) or first group (Go 1.24+) holds, so the map grows.
	counts := make(map[string]int)
	for _, w := range []string{"go", "map", "heap", "stack", "go", "escape", "gc", "swiss", "table", "bucket"} {
		counts[w]++
	}
	fmt.Println(sum(ps), len(counts))
}
