// Covers: time.Sleep, time.NewTimer/Stop, time.NewTicker, time.AfterFunc, elapsed-time checks without printing clocks.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	start := time.Now()
	time.Sleep(5 * time.Millisecond)
	fmt.Println(time.Since(start) >= 5*time.Millisecond)
	t := time.NewTimer(time.Hour)
	fmt.Println(t.Stop())
	tick := time.NewTicker(time.Millisecond)
	n := 0
	for range tick.C {
		n++
		if n == 3 {
			tick.Stop()
			break
		}
	}
	fmt.Println("ticks", n)
	var wg sync.WaitGroup
	wg.Add(1)
	time.AfterFunc(2*time.Millisecond, func() {
		fmt.Println("after func fired")
		wg.Done()
	})
	wg.Wait()
	deadline := time.Now().Add(time.Second)
	fmt.Println(time.Until(deadline) > 0)
}
