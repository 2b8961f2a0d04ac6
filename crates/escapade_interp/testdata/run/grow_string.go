// append to []string (16-byte elements holding pointers).
package main

import "fmt"

func main() {
	var s []string
	last := -1
	for i := 0; i < 1500; i++ {
		s = append(s, fmt.Sprint(i))
		if cap(s) != last {
			last = cap(s)
			fmt.Println(len(s), cap(s))
		}
	}
	fmt.Println(s[:3], s[len(s)-1])
}
