// append_: append to a local slice versus a returned slice (1.27 prints the
// backing-store verdict: append escapes / does not escape).
package main

func local() int {
	var s []int
	s = append(s, 1, 2)
	return len(s)
}

func grow(s []int, v int) []int {
	return append(s, v)
}

func build(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return s
}

func main() {}
