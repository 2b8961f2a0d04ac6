// switch_: expression switches: the tag is discarded; cases assign flows.
package main

var sink *int

func pick(n int, a, b *int) *int {
	switch n {
	case 0:
		return a
	case 1:
		return b
	}
	return nil
}

func store(n int) {
	x, y := 1, 2
	switch {
	case n > 0:
		sink = &x
	default:
		_ = y
	}
}

func main() {}
