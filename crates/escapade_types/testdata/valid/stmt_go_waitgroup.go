// Covers: go statements, sync.WaitGroup, results gathered by index for deterministic output.
package main

import (
	"fmt"
	"sync"
)

func square(n int) int { return n * n }

func main() {
	inputs := []int{1, 2, 3, 4, 5}
	results := make([]int, len(inputs))
	var wg sync.WaitGroup
	for i, n := range inputs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = square(n)
		}()
	}
	wg.Wait()
	fmt.Println(results)
	var wg2 sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := 1; i <= 100; i++ {
		wg2.Go(func() {
			mu.Lock()
			total += i
			mu.Unlock()
		})
	}
	wg2.Wait()
	fmt.Println(total)
}
