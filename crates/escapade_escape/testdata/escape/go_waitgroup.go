// go_: sync.WaitGroup and Mutex locals are moved to the heap when shared
// with goroutines (and when their methods leak the receiver).
package main

import "sync"

func parallel(n int) int {
	var wg sync.WaitGroup
	results := make([]int, n)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = i
		}()
	}
	wg.Wait()
	return len(results)
}

func main() {
	_ = parallel(4)
}
