// growth of slices with large elements (1000-byte arrays) rounds to size classes and pages.
package main

import "fmt"

type Blob [1000]byte

func main() {
	var s []Blob
	last := -1
	for i := 0; i < 300; i++ {
		s = append(s, Blob{})
		if cap(s) != last {
			last = cap(s)
			fmt.Println(len(s), cap(s))
		}
	}
}
