// map with interface keys: dynamic types compare, fmt orders by type then value.
package main

import "fmt"

func main() {
	m := map[any]int{}
	m[1] = 1
	m["1"] = 2
	m[1.0] = 3
	m[int8(1)] = 4
	fmt.Println(len(m), m[1], m["1"], m[1.0], m[int8(1)])
	fmt.Println(m)
}
