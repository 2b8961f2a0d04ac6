// Goroutines joined with sync.WaitGroup (Add/Done/Wait and WaitGroup.Go), a mutex-protected
// counter, and results written by index: the output does not depend on scheduling.
package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *Counter) Inc(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n[k]++
}

func main() {
	var wg sync.WaitGroup
	squares := make([]int, 6)
	for i := range squares {
		wg.Add(1)
		go func() {
			defer wg.Done()
			squares[i] = i * i
		}()
	}
	wg.Wait()
	fmt.Println(squares)

	c := Counter{n: map[string]int{}}
	var wg2 sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg2.Go(func() {
			if i%2 == 0 {
				c.Inc("even")
			} else {
				c.Inc("odd")
			}
		})
	}
	wg2.Wait()
	fmt.Println(c.n["even"], c.n["odd"], len(c.n))

	var mu sync.RWMutex
	total := 0
	var wg3 sync.WaitGroup
	for i := 1; i <= 10; i++ {
		wg3.Add(1)
		go func(n int) {
			defer wg3.Done()
			mu.Lock()
			total += n
			mu.Unlock()
		}(i)
	}
	wg3.Wait()
	mu.RLock()
	fmt.Println("total", total)
	mu.RUnlock()

	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once", i) })
	}
}
