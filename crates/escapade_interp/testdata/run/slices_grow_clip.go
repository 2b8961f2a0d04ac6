// slices.Grow, slices.Clip and full slice expressions controlling capacity.
package main

import (
	"fmt"
	"slices"
)

func main() {
	s := []int{1, 2, 3}
	s = slices.Grow(s, 10)
	fmt.Println(len(s), cap(s))
	s = slices.Clip(s)
	fmt.Println(len(s), cap(s))
	t := s[:2:2]
	t = append(t, 99)
	fmt.Println(s, t, cap(t))
	u := slices.Clone(s)
	u[0] = 0
	fmt.Println(s, u, len(u))
}
