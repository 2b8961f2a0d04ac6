// append to a slice of 40-byte structs mixing a string and integers.
package main

import "fmt"

type Rec struct {
	Name string
	A, B int64
	C    int32
}

func main() {
	var s []Rec
	last := -1
	for i := 0; i < 700; i++ {
		s = append(s, Rec{Name: "r", A: int64(i)})
		if cap(s) != last {
			last = cap(s)
			fmt.Println(len(s), cap(s))
		}
	}
}
