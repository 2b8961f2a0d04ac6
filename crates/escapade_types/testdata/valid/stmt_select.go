// Covers: select with send and receive cases, default, nil channels disabling cases, timeouts with time.After.
package main

import (
	"fmt"
	"time"
)

func main() {
	a := make(chan int)
	b := make(chan string)
	done := make(chan struct{})
	go func() {
		for i := 0; i < 3; i++ {
			a <- i
		}
		close(a)
	}()
	go func() {
		b <- "hello"
		close(b)
	}()
	gotA, gotB := 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			gotA += v
		case s, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			gotB += len(s)
		}
	}
	fmt.Println(gotA, gotB)
	out := make(chan int, 1)
	select {
	case out <- 1:
		fmt.Println("sent")
	default:
		fmt.Println("full")
	}
	select {
	case <-done:
		fmt.Println("done")
	case <-time.After(10 * time.Millisecond):
		fmt.Println("timeout")
	}
}
