// slices built in a function and returned (they escape) report heap growth.
package main

import "fmt"

func build(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return s
}

func words(n int) []string {
	out := []string{}
	for i := 0; i < n; i++ {
		out = append(out, "w")
	}
	return out
}

func main() {
	for _, n := range []int{1, 2, 3, 4, 5, 8, 9, 17, 100, 513, 1025} {
		s := build(n)
		w := words(n)
		fmt.Println(n, len(s), cap(s), cap(w))
	}
}
