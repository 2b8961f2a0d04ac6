// Initialising a []map[string]int: the slice and every map need their own
// make. Compare with `go build -gcflags='-m -l'`.
package main

import "fmt"

// Both the slice (run-time length) and the maps stored in it (they outlive
// the loop iteration, through the returned slice) escape to the heap.
func newTables(n int) []map[string]int {
	tables := make([]map[string]int, n)
	for i := range tables {
		tables[i] = make(map[string]int)
	}
	return tables
}

// Kept local with a constant length, the slice does not escape; the maps
// stored in its elements still do.
func fill() int {
	tables := make([]map[string]int, 3)
	for i := range tables {
		tables[i] = make(map[string]int)
		tables[i]["n"] = i
	}
	return len(tables[2])
}

func main() {
	t := newTables(2)
	t[0]["x"] = 1
	fmt.Println(len(t), fill())
}
