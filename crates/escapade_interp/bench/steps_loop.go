// Benchmark program (not part of the run corpus): integer arithmetic, slice indexing and
// function calls without maps, to measure the evaluator's steps per second.
package main

import "fmt"

func collatz(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func main() {
	best, arg := 0, 0
	lens := make([]int, 0, 64)
	for i := 1; i < 30000; i++ {
		s := collatz(i)
		if s > best {
			best, arg = s, i
			lens = append(lens, s)
		}
	}
	fmt.Println(best, arg, len(lens))
}
