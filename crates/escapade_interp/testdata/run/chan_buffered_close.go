// Buffered channels: len/cap, close, range over a channel, comma-ok receive from a closed
// channel, select with default, a nil channel case that is never ready, and a done channel.
package main

import "fmt"

func produce(out chan<- int, n int) {
	for i := 0; i < n; i++ {
		out <- i * 10
	}
	close(out)
}

func main() {
	ch := make(chan int, 5)
	go produce(ch, 5)
	sum := 0
	for v := range ch {
		sum += v
	}
	fmt.Println("sum", sum)

	b := make(chan string, 2)
	b <- "x"
	fmt.Println(len(b), cap(b))
	b <- "y"
	select {
	case b <- "z":
		fmt.Println("sent z")
	default:
		fmt.Println("full")
	}
	close(b)
	for i := 0; i < 3; i++ {
		v, ok := <-b
		fmt.Printf("%q %v\n", v, ok)
	}

	var nilch chan int
	ready := make(chan int, 1)
	ready <- 7
	select {
	case v := <-nilch:
		fmt.Println("nil?", v)
	case v := <-ready:
		fmt.Println("ready", v)
	}

	done := make(chan struct{})
	results := make(chan string)
	go func() {
		defer close(done)
		results <- "from goroutine"
	}()
	fmt.Println(<-results)
	<-done
	_, ok := <-done
	fmt.Println("done closed:", !ok)
	fmt.Println(nilch == nil, ready != nil)
}
