// builtin_: copy with pointer slices (copied slice) and clear (mutator).
package main

func dup(src []*int) []*int {
	dst := make([]*int, len(src))
	copy(dst, src)
	return dst
}

func dupLocal(src []*int) int {
	dst := make([]*int, len(src))
	return copy(dst, src)
}

func wipe(m map[string][]int, s []*int) {
	clear(m)
	clear(s)
}

func main() {}
