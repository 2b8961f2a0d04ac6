// append to []int32 and []float32 (4-byte elements).
package main

import "fmt"

func main() {
	var s []int32
	var f []float32
	for i := 0; i < 1500; i++ {
		oc, of := cap(s), cap(f)
		s = append(s, int32(i))
		f = append(f, float32(i))
		if cap(s) != oc || cap(f) != of {
			fmt.Println(len(s), cap(s), cap(f))
		}
	}
}
