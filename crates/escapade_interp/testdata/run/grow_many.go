// append several elements at once: the new length can exceed double the old capacity.
package main

import "fmt"

func main() {
	var s []int
	s = append(s, 1, 2, 3)
	fmt.Println(len(s), cap(s))
	s = append(s, 4, 5, 6, 7, 8)
	fmt.Println(len(s), cap(s))
	s = append(s, make([]int, 20)...)
	fmt.Println(len(s), cap(s))
	s = append(s, make([]int, 100)...)
	fmt.Println(len(s), cap(s))
	b := append([]byte(nil), "hello, world"...)
	fmt.Println(len(b), cap(b))
	b = append(b, " and more text to force growth"...)
	fmt.Println(len(b), cap(b), string(b))
}
