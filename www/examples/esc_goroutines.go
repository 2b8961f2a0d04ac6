// Goroutines. Compare with `go build -gcflags='-m -l'`.
package main

import (
	"fmt"
	"sync"
)

// A goroutine's function literal escapes, and the variables it captures
// by reference (wg, total) are moved to the heap: the goroutine may
// outlive the frame that started it.
func sumAsync(xs []int) int {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for _, x := range xs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			total += x
			mu.Unlock()
		}()
	}
	wg.Wait()
	return total
}

// fill itself keeps p local ("p does not escape")...
func fill(p *[4]int, done chan<- bool) {
	p[0] = 1
	done <- true
}

// ...but its argument &a is handed to a new goroutine: a is moved to heap.
func start() int {
	var a [4]int
	done := make(chan bool)
	go fill(&a, done)
	<-done
	return a[0]
}

func main() {
	fmt.Println(sumAsync([]int{1, 2, 3}), start())
}
