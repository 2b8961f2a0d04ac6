// append to a slice of 12-byte structs (not a power of two).
package main

import "fmt"

type P struct{ X, Y, Z int32 }

func main() {
	var s []P
	last := -1
	for i := 0; i < 1200; i++ {
		s = append(s, P{int32(i), 0, 0})
		if cap(s) != last {
			last = cap(s)
			fmt.Println(len(s), cap(s))
		}
	}
	fmt.Println(s[1199])
}
