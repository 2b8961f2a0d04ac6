// tuple assignment evaluates the right side first (swaps, rotations, index expressions).
package main

import "fmt"

func main() {
	a, b, c := 1, 2, 3
	a, b, c = b, c, a
	fmt.Println(a, b, c)
	s := []int{10, 20, 30}
	i := 0
	i, s[i] = 1, 99
	fmt.Println(i, s)
	x := []int{1, 2}
	x[0], x[1] = x[1], x[0]
	fmt.Println(x)
}
