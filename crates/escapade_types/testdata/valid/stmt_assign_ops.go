// Covers: assignment forms: =, :=, op=, ++/--, tuple assignment, swap, blank identifier, redeclaration in :=.
package main

import (
	"fmt"
	"strconv"
)

func divmod(a, b int) (int, int) { return a / b, a % b }

func main() {
	x, y := 1, 2
	x, y = y, x
	fmt.Println(x, y)
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	_, r = divmod(9, 4)
	n, err := strconv.Atoi("42")
	m, err := strconv.Atoi("7") // err reused, m new
	fmt.Println(n, m, err, r)
	v := 10
	v += 5
	v -= 3
	v *= 2
	v /= 4
	v %= 4
	v <<= 3
	v >>= 1
	v |= 1
	v &= 7
	v ^= 2
	v &^= 1
	v++
	v--
	fmt.Println(v)
	arr := []int{1, 2, 3}
	i := 0
	i, arr[i] = 1, 9 // index evaluated first
	fmt.Println(i, arr)
	s := "a"
	s += "b"
	fmt.Println(s)
}
