// Watch a map grow: insert keys one by one, delete some, then insert again.
// Go ≤1.23 uses buckets of 8 slots with overflow buckets and incremental evacuation;
// Go 1.24+ uses Swiss tables: groups of 8 slots with control bytes, split into tables.
package main

import "fmt"

func main() {
	m := make(map[int]string)
	for i := 0; i < 20; i++ {
		m[i] = fmt.Sprint("v", i)
	}
	for i := 0; i < 20; i += 2 {
		delete(m, i)
	}
	for i := 100; i < 110; i++ {
		m[i] = "new"
	}
	fmt.Println(len(m))
}
