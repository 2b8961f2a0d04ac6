// Deleting and inserting elements with append and slices.Delete/Insert.
package main

import (
	"fmt"
	"slices"
)

func main() {
	s := []int{10, 20, 30, 40, 50}
	i := 2
	s = append(s[:i], s[i+1:]...)
	fmt.Println(s, len(s), cap(s))
	s = append(s[:1], append([]int{15}, s[1:]...)...)
	fmt.Println(s)
	t := []string{"a", "b", "c", "d"}
	t = slices.Delete(t, 1, 3)
	fmt.Println(t, len(t))
	t = slices.Insert(t, 1, "x", "y")
	fmt.Println(t)
}
