// append to a slice of 48-byte structs with pointer fields.
package main

import "fmt"

type Node struct {
	Next  *Node
	Key   string
	Vals  []int
}

func main() {
	var s []Node
	last := -1
	for i := 0; i < 600; i++ {
		s = append(s, Node{Key: "k"})
		if cap(s) != last {
			last = cap(s)
			fmt.Println(len(s), cap(s))
		}
	}
}
