// Covers: generic parallel map preserving order with goroutines and indexed results.
package main

import (
	"fmt"
	"strings"
	"sync"
)

func ParallelMap[T, U any](xs []T, workers int, f func(T) U) []U {
	out := make([]U, len(xs))
	idx := make(chan int)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range idx {
				out[i] = f(xs[i])
			}
		}()
	}
	for i := range xs {
		idx <- i
	}
	close(idx)
	wg.Wait()
	return out
}

func main() {
	fmt.Println(ParallelMap([]string{"a", "bb", "ccc"}, 2, strings.ToUpper))
	fmt.Println(ParallelMap([]int{1, 2, 3, 4}, 3, func(n int) int { return n * n }))
}
