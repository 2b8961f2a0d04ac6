// A pointer to a whole array through a slice conversion is the array's pointer; windows compare by array and offset.
package main

import "fmt"

func main() {
	arr := [3]int{1, 2, 3}
	p := &arr
	q := (*[3]int)(arr[:])
	r := (*[2]int)(arr[1:])
	r2 := (*[2]int)(p[1:])
	fmt.Println(p == q, r == r2, &r[0] == &arr[1], &q[2] == &p[2])
	q[0] = 10
	fmt.Println(arr, *r)
	m := map[*[3]int]int{p: 1}
	fmt.Println(m[q], len(m))
}
