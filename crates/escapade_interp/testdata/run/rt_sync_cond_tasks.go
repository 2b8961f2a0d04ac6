// Covers: sync.Cond waiters that are suspended goroutines: FIFO Signal order (tickets taken in
// a forced order), Broadcast to several waiters, a waiter re-locking a held mutex.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	started := make(chan int)
	woke := make(chan int)
	signalled := 0
	for id := 0; id < 3; id++ {
		go func() {
			mu.Lock()
			started <- id
			for signalled == 0 {
				cond.Wait()
			}
			signalled--
			mu.Unlock()
			woke <- id
		}()
		fmt.Println("waiting", <-started)
		mu.Lock() // held until the worker's Wait unlocks: it has its ticket
		mu.Unlock()
	}
	for i := 0; i < 3; i++ {
		mu.Lock()
		signalled++
		cond.Signal()
		mu.Unlock()
		fmt.Println("woke", <-woke)
	}

	release := false
	var wg sync.WaitGroup
	for id := 0; id < 3; id++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			started <- id
			for !release {
				cond.Wait()
			}
			mu.Unlock()
		}()
		<-started
		mu.Lock()
		mu.Unlock()
	}
	mu.Lock()
	release = true
	cond.Broadcast()
	mu.Unlock()
	wg.Wait()
	fmt.Println("all released")
}
