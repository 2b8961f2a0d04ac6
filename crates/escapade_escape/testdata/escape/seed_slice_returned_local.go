// seed_: slices returned versus kept local (the seed's first example).
package main

func makeAndReturn() []int {
	s := make([]int, 3)
	s[0] = 1
	return s
}

func makeAndSum() int {
	s := make([]int, 3)
	s[0] = 1
	return s[0] + s[1]
}

func literalReturn() []int {
	return []int{1, 2, 3}
}

func main() {
	_ = makeAndReturn()
	_ = makeAndSum()
	_ = literalReturn()
}
