// Covers: slices, make with len/cap, append growth, copy, nil vs empty, slices of slices.
package main

import "fmt"

func main() {
	var s []int
	fmt.Println(s == nil, len(s), cap(s))
	s = append(s, 1, 2, 3)
	t := make([]int, 2, 10)
	n := copy(t, s)
	fmt.Println(n, t, len(t), cap(t))
	u := append(t, s...)
	fmt.Println(u)
	empty := []string{}
	fmt.Println(empty == nil, len(empty))
	matrix := make([][]float64, 3)
	for i := range matrix {
		matrix[i] = make([]float64, 3)
		matrix[i][i] = 1
	}
	fmt.Println(matrix)
	bs := append([]byte("hello "), "world"...)
	fmt.Println(string(bs))
}
