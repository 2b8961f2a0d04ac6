// map_: m[string(b)] lookups do not allocate (no string conversion
// escape), but the same conversion as a stored key does.
package main

func lookup(m map[string]int, b []byte) int {
	return m[string(b)]
}

func store(m map[string]int, b []byte) {
	m[string(b)] = 1
}

func main() {}
