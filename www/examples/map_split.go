// A Swiss table splits: one table holds at most 1024 slots, 7/8 of them usable (896 keys).
// The 897th key splits it in two by one more hash bit, and the directory doubles.
// (In Go 1.23's classic map the same loop grows B up to 8: 256 buckets.)
package main

import "fmt"

func main() {
	m := make(map[int]int)
	for i := 0; i < 1000; i++ {
		m[i] = i * i
		if i == 895 || i == 896 {
			fmt.Println("keys:", len(m))
		}
	}
	fmt.Println("final:", len(m), m[999])
}
