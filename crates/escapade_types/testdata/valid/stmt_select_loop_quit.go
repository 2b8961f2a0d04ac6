// Covers: for-select loop with a quit channel, results channel, and a deterministic handshake.
package main

import "fmt"

func fib(c chan<- int, quit <-chan struct{}) {
	x, y := 0, 1
	for {
		select {
		case c <- x:
			x, y = y, x+y
		case <-quit:
			close(c)
			return
		}
	}
}

func main() {
	c := make(chan int)
	quit := make(chan struct{})
	go func() {
		for i := 0; i < 10; i++ {
			fmt.Print(<-c, " ")
		}
		fmt.Println()
		close(quit)
	}()
	fib(c, quit)
	_, ok := <-c
	fmt.Println("closed:", !ok)
}
