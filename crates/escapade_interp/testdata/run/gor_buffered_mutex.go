// Covers: producers filling a small buffered channel faster than the consumer drains it, a
// goroutine that waits on a WaitGroup and then closes, Mutex.Lock at statement level in
// goroutines, and a worker pool whose results are summed.
package main

import (
	"fmt"
	"sync"
)

func main() {
	jobs := make(chan int, 2)
	results := make(chan int, 1)
	var wg sync.WaitGroup
	var mu sync.Mutex
	seen := 0
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				mu.Lock()
				seen++
				mu.Unlock()
				results <- j * j
			}
		}()
	}
	go func() {
		for i := 1; i <= 10; i++ {
			jobs <- i
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	sum := 0
	for r := range results {
		sum += r
	}
	fmt.Println("sum", sum, "seen", seen)

	var wg2 sync.WaitGroup
	ch := make(chan int)
	wg2.Add(2)
	go func() {
		defer wg2.Done()
		for i := 0; i < 4; i++ {
			ch <- i
		}
	}()
	go func() {
		defer wg2.Done()
		total := 0
		for i := 0; i < 4; i++ {
			total += <-ch
		}
		fmt.Println("total", total)
	}()
	wg2.Wait()
	fmt.Println("done")
}
