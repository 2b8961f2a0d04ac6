// defer_: a defer inside an if block (still top-level loop depth) versus in
// a for-range body.
package main

func cleanup(p *[]byte) {}

func conditional(c bool) {
	buf := make([]byte, 8)
	if c {
		defer cleanup(&buf)
	}
}

func ranged(xs [][]byte) {
	for _, b := range xs {
		defer cleanup(&b)
	}
}

func main() {}
