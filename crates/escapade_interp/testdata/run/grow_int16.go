// append to []int16 (2-byte elements).
package main

import "fmt"

func main() {
	var s []int16
	last := -1
	for i := 0; i < 3000; i++ {
		s = append(s, int16(i))
		if cap(s) != last {
			last = cap(s)
			fmt.Println(len(s), cap(s))
		}
	}
}
