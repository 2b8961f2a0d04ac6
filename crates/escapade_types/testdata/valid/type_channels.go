// Covers: channel types, directional channels, buffered channels, close, receive with ok, len/cap of chans.
package main

import "fmt"

func produce(out chan<- int, n int) {
	for i := 0; i < n; i++ {
		out <- i * i
	}
	close(out)
}

func consume(in <-chan int) int {
	sum := 0
	for v := range in {
		sum += v
	}
	return sum
}

func main() {
	ch := make(chan int, 3)
	go produce(ch, 5)
	fmt.Println(consume(ch))
	buf := make(chan string, 2)
	buf <- "a"
	fmt.Println(len(buf), cap(buf))
	close(buf)
	v, ok := <-buf
	fmt.Println(v, ok)
	v, ok = <-buf
	fmt.Printf("%q %v\n", v, ok)
	var send chan<- string = make(chan string, 1)
	send <- "x"
	fmt.Println(len(send))
}
