// growth starting from make with an explicit capacity, and from a literal.
package main

import "fmt"

func main() {
	s := make([]int, 0, 5)
	for i := 0; i < 12; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	fmt.Println()
	t := make([]int, 3, 3)
	t = append(t, 1)
	fmt.Println(len(t), cap(t))
	u := []int{1, 2, 3, 4, 5, 6, 7}
	u = append(u, 8)
	fmt.Println(len(u), cap(u))
	v := make([]int64, 300)
	v = append(v, 1)
	fmt.Println(len(v), cap(v))
	w := make([]byte, 1000)
	w = append(w, 1)
	fmt.Println(len(w), cap(w))
}
