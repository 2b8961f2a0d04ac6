// inserting and deleting repeatedly: len stays consistent, lookups see the latest state.
package main

import "fmt"

func main() {
	m := map[int]int{}
	for round := 0; round < 50; round++ {
		for i := 0; i < 200; i++ {
			m[round*1000+i] = i
		}
		for i := 0; i < 190; i++ {
			delete(m, round*1000+i)
		}
	}
	fmt.Println(len(m))
	_, ok := m[49*1000+195]
	_, gone := m[49*1000+5]
	fmt.Println(ok, gone, m[10*1000+199])
}
