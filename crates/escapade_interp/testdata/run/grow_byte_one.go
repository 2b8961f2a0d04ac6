// append one byte at a time (1-byte elements round to size classes directly).
package main

import "fmt"

func main() {
	var b []byte
	last := -1
	for i := 0; i < 5000; i++ {
		b = append(b, byte(i))
		if cap(b) != last {
			last = cap(b)
			fmt.Println(len(b), cap(b))
		}
	}
}
