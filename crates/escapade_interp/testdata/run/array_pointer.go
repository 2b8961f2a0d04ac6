// Pointer to array: indexing through the pointer, range, passing to functions.
package main

import "fmt"

func double(p *[4]int) {
	for i := range p {
		p[i] *= 2
	}
}

func sum(a [4]int) int {
	t := 0
	for _, v := range a {
		t += v
	}
	a[0] = 999
	return t
}

func main() {
	arr := [4]int{1, 2, 3, 4}
	double(&arr)
	fmt.Println(arr, sum(arr), arr)
	s := arr[1:3]
	s[0] = -1
	fmt.Println(arr, s, len(s), cap(s))
}
