// Benchmark program (not part of the run corpus): 100,000 inserts into a map, then a lookup
// pass, so the figure covers the simulator's growth and the evaluator's loop overhead.
package main

import "fmt"

func main() {
	m := make(map[int]int)
	for i := 0; i < 100000; i++ {
		m[i] = i * 2
	}
	sum := 0
	for i := 0; i < 100000; i += 1000 {
		sum += m[i]
	}
	fmt.Println(len(m), sum)
}
