// append to a slice of pointers (8-byte elements with pointers) and of structs by value.
package main

import "fmt"

type Item struct {
	ID    int
	Label string
}

func main() {
	var ptrs []*Item
	var vals []Item
	for i := 0; i < 600; i++ {
		op, ov := cap(ptrs), cap(vals)
		it := Item{ID: i, Label: "x"}
		ptrs = append(ptrs, &it)
		vals = append(vals, it)
		if cap(ptrs) != op || cap(vals) != ov {
			fmt.Println(len(vals), cap(ptrs), cap(vals))
		}
	}
	fmt.Println(*ptrs[599], vals[10])
}
