// map_: make(map) with and without a size hint, constant and variable.
package main

func hintConst() int {
	m := make(map[int]int, 8)
	m[1] = 1
	return len(m)
}

func hintVar(n int) int {
	m := make(map[int]int, n)
	m[2] = 2
	return len(m)
}

func hintReturned(n int) map[int]int {
	return make(map[int]int, n)
}

func bigHint() int {
	m := make(map[int]int, 100000)
	return len(m)
}

func main() {}
