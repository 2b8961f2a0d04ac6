// Covers: slicing expressions: omitted bounds, 3-index slices limiting capacity, slicing strings and arrays.
package main

import "fmt"

func main() {
	a := [8]int{0, 1, 2, 3, 4, 5, 6, 7}
	s := a[2:5]
	fmt.Println(s, len(s), cap(s))
	t := a[2:5:6]
	fmt.Println(t, len(t), cap(t))
	t = append(t, 100) // fits in cap, overwrites a[5]
	t = append(t, 200) // exceeds cap, reallocates
	fmt.Println(a[5], t)
	fmt.Println(s[:cap(s)], a[:], a[6:])
	str := "hello, world"
	fmt.Println(str[7:], str[:5], str[3:4])
	b := []byte(str)
	head := b[:5:5]
	fmt.Println(string(head), cap(head))
	p := &a
	fmt.Println(p[1:3])
	var nilS []int
	fmt.Println(len(nilS[:0]), nilS[0:0] == nil)
}
