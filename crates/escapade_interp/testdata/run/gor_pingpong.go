// Covers: two goroutines handing values back and forth over unbuffered channels, each printing
// (the handshakes fix the order), range over a channel, close ending the loop, a done channel.
package main

import "fmt"

func player(name string, in <-chan int, out chan<- int, done chan<- string) {
	for v := range in {
		fmt.Println(name, "got", v)
		if v >= 5 {
			close(out)
			break
		}
		out <- v + 1
	}
	done <- name
}

func main() {
	a, b := make(chan int), make(chan int)
	done := make(chan string)
	go player("ping", a, b, done)
	go player("pong", b, a, done)
	a <- 0
	fmt.Println("first done:", <-done)
	fmt.Println("second done:", <-done)
}
