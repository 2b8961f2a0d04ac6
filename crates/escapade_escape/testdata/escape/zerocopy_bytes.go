// zerocopy_: []byte(s) conversions that are never mutated and do not
// escape become zero-copy; mutation or escape disables it.
package main

func hash(s string) uint32 {
	var h uint32
	for _, c := range []byte(s) {
		h = h*31 + uint32(c)
	}
	return h
}

func count(s string, c byte) int {
	b := []byte(s)
	n := 0
	for i := range b {
		if b[i] == c {
			n++
		}
	}
	return n
}

func prefixOf(s string) bool {
	b := []byte(s)
	return len(b) > 0 && b[0] == '#'
}

func main() {}
