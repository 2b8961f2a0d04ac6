// seed_: make([]int, n) versus make([]int, 0, n), local and returned.
package main

func lenN(n int) []int {
	return make([]int, n)
}

func capN(n int) []int {
	return make([]int, 0, n)
}

func lenNLocal(n int) int {
	s := make([]int, n)
	return len(s)
}

func capNLocal(n int) int {
	s := make([]int, 0, n)
	s = append(s, 1)
	return len(s)
}

func main() {
	_ = lenN(4)
	_ = capN(4)
	_ = lenNLocal(4)
	_ = capNLocal(4)
}
