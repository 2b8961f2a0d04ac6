// slices of arrays and arrays of slices: value vs reference semantics.
package main

import "fmt"

func main() {
	s := [][2]int{{1, 2}, {3, 4}}
	for _, p := range s {
		p[0] = 0
	}
	fmt.Println(s)
	for i := range s {
		s[i][0] = 0
	}
	fmt.Println(s)
	var a [2][]int
	a[0] = append(a[0], 5)
	b := a
	b[0][0] = 7
	fmt.Println(a, b)
}
