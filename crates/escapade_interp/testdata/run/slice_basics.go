// Slices share backing arrays: slicing, len/cap, modification through aliases.
package main

import "fmt"

func main() {
	s := []int{0, 1, 2, 3, 4, 5, 6, 7}
	a := s[2:5]
	b := a[1:6]
	fmt.Println(a, len(a), cap(a))
	fmt.Println(b, len(b), cap(b))
	b[0] = 33
	fmt.Println(s, a)
	c := s[2:4:5]
	fmt.Println(c, len(c), cap(c))
	c = append(c, 99)
	fmt.Println(s)
	c = append(c, 100)
	c[0] = -2
	fmt.Println(s, c)
}
