package main

import "time"

func main() {
	ch := make(chan int, 1)
	done := make(chan struct{})
	var out chan<- int = ch
	var in <-chan int = ch
	select {
	case v := <-in:
		_ = v
	case v, ok := <-ch:
		_, _ = v, ok
	case out <- 1:
	case <-done:
		return
	case <-time.After(time.Second):
	default:
	}
	var v int
	var ok bool
	select {
	case v = <-ch:
	case v, ok = <-ch:
	}
	_, _ = v, ok
	select {}
}
