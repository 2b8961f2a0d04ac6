// closure_: closures started as goroutines always escape, and so do the
// variables they capture by reference.
package main

import "sync"

func spawn() int {
	var wg sync.WaitGroup
	total := 0
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			total += i
		}()
	}
	wg.Wait()
	return total
}

func main() {
	_ = spawn()
}
