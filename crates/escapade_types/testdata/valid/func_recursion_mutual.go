// Covers: recursion, mutual recursion between package-level functions, package-level func variables.
package main

import "fmt"

func isEven(n uint) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n uint) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func hanoi(n int, from, to, via string, moves *int) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves++
	hanoi(n-1, via, to, from, moves)
}

var ackermann func(m, n int) int

func init() {
	ackermann = func(m, n int) int {
		switch {
		case m == 0:
			return n + 1
		case n == 0:
			return ackermann(m-1, 1)
		}
		return ackermann(m-1, ackermann(m, n-1))
	}
}

func main() {
	fmt.Println(isEven(10), isOdd(7), isEven(3))
	moves := 0
	hanoi(10, "A", "C", "B", &moves)
	fmt.Println(moves, ackermann(2, 3))
}
