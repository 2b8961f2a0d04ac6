// Covers: a suspendable goroutine (range over a channel) whose switch blocks only inside a helper
// call and a mutex: the switch runs in the ordinary evaluator while the loop can still park.
package main

import (
	"fmt"
	"sync"
)

func emit(c chan int, v int) { c <- v }

func main() {
	in, out := make(chan int), make(chan int, 10)
	var mu sync.Mutex
	n := 0
	go func() {
		for v := range in {
			switch {
			case v%2 == 0:
				emit(out, v)
			default:
				mu.Lock()
				n++
				mu.Unlock()
			}
		}
		close(out)
	}()
	for i := 0; i < 6; i++ {
		in <- i
	}
	close(in)
	for v := range out {
		fmt.Println(v)
	}
	fmt.Println(n)
}
