// the same append loop on a slice that escapes to the heap (stored in a global).
package main

import "fmt"

var keep [][]int

func main() {
	var s []int
	for i := 0; i < 20; i++ {
		s = append(s, i)
		keep = append(keep, s)
		fmt.Print(cap(s), " ")
	}
	fmt.Println()
	var b []byte
	for i := 0; i < 40; i++ {
		b = append(b, 'x')
	}
	keep = append(keep, nil)
	sink = b
	fmt.Println(len(b), cap(b))
}

var sink []byte
