// growth past 256 elements switches from doubling to ~1.25x; printed for a long loop.
package main

import "fmt"

func main() {
	var s []int64
	caps := []int{}
	for i := 0; i < 200000; i++ {
		before := cap(s)
		s = append(s, int64(i))
		if cap(s) != before {
			caps = append(caps, cap(s))
		}
	}
	fmt.Println(len(caps), caps)
}
