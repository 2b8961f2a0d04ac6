// make_: sizes coming from locals initialised with constants (1.27 rewrites
// the printed make to the literal size) and from reassigned locals.
package main

func constVar() int {
	n := 8
	s := make([]int, n)
	return len(s)
}

func namedConst() int {
	const k = 16
	s := make([]byte, k)
	return len(s)
}

func reassigned(c bool) int {
	n := 4
	if c {
		n = 5
	}
	s := make([]int, n)
	return len(s)
}

func lenOfLiteral() int {
	xs := []int{1, 2, 3}
	s := make([]string, len(xs))
	return len(s)
}

func main() {}
