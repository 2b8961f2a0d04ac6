// Covers: a goroutine suspended at a channel receive that panics after resuming: its deferred
// call runs, then the program crashes with exit status 2.
package main

import "fmt"

func worker(in <-chan int) {
	defer fmt.Println("worker deferred")
	for v := range in {
		fmt.Println("worker got", v)
		if v == 3 {
			panic(fmt.Sprintf("bad value %d", v))
		}
	}
}

func main() {
	in := make(chan int)
	go worker(in)
	for i := 1; i <= 5; i++ {
		in <- i
	}
	fmt.Println("unreachable")
}
