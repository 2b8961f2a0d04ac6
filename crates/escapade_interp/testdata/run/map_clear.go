// clear removes every entry; the map stays usable and non-nil.
package main

import "fmt"

func main() {
	m := map[int]string{1: "a", 2: "b", 3: "c"}
	clear(m)
	fmt.Println(len(m), m == nil, m)
	m[4] = "d"
	fmt.Println(m)
	s := []int{1, 2, 3}
	clear(s)
	fmt.Println(s, len(s))
}
