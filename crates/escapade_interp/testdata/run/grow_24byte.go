// append to a slice of slices ([]int headers are 24 bytes with pointers).
package main

import "fmt"

func main() {
	var s [][]int
	last := -1
	for i := 0; i < 1000; i++ {
		s = append(s, nil)
		if cap(s) != last {
			last = cap(s)
			fmt.Println(len(s), cap(s))
		}
	}
}
