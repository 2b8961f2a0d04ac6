// array_: passing a slice of a local array to functions with different
// summaries.
package main

var g []byte

func noLeak(b []byte) int { return len(b) }

func leak(b []byte) { g = b }

func useNoLeak() int {
	var buf [32]byte
	return noLeak(buf[:])
}

func useLeak() {
	var buf [32]byte
	leak(buf[:])
}

func main() {}
