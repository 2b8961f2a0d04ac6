// pointers to locals and to slice elements; aliasing through pointers.
package main

import "fmt"

func swap(a, b *int) { *a, *b = *b, *a }

func main() {
	x, y := 1, 2
	swap(&x, &y)
	fmt.Println(x, y)
	s := []int{10, 20, 30}
	p := &s[1]
	*p = 21
	fmt.Println(s, *p)
	var np *int
	fmt.Println(np == nil, np)
	q := new(int)
	*q += 5
	fmt.Println(*q)
	n := 3
	pn := &n
	ppn := &pn
	**ppn = 4
	fmt.Println(n)
}
