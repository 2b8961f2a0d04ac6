// A map growing from 0 to 100 keys. Open the Map pane and press play: in Go 1.23 (classic)
// watch B go 0 → 4 with the old buckets evacuated bit by bit; in Go 1.27 (Swiss) watch the
// small group turn into a table that doubles its capacity.
package main

import "fmt"

func main() {
	m := make(map[int]string)
	for i := 0; i < 100; i++ {
		m[i] = fmt.Sprint("v", i)
	}
	fmt.Println("len:", len(m))
	v, ok := m[42]
	fmt.Println("m[42] =", v, ok)
	_, ok = m[1000]
	fmt.Println("m[1000] present:", ok)
	for i := 0; i < 100; i += 3 {
		delete(m, i)
	}
	sum := 0
	for k := range m {
		sum += k
	}
	fmt.Println("after deletes:", len(m), "keys, sum", sum)
}
