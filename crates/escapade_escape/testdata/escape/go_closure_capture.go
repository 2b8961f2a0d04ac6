// go_: goroutine closures capturing variables by reference or value.
package main

import "sync"

func fanOut(xs []int) int {
	var mu sync.Mutex
	var wg sync.WaitGroup
	sum := 0
	for _, x := range xs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			sum += x
			mu.Unlock()
		}()
	}
	wg.Wait()
	return sum
}

func main() {
	_ = fanOut([]int{1, 2})
}
