// builtin_: len/cap/real/imag/complex discard their operands.
package main

func sizes(s []*int, m map[int]*int, str string) int {
	return len(s) + cap(s) + len(m) + len(str)
}

func cplx(a, b float64) float64 {
	c := complex(a, b)
	return real(c) + imag(c)
}

func main() {}
