// Unbuffered rendezvous between main and one goroutine at a time, and a blocking select over
// two channels where only one will ever be ready.
package main

import "fmt"

func main() {
	reply := make(chan int)
	for i := 1; i <= 3; i++ {
		go func() { reply <- i * i }()
		fmt.Println("got", <-reply)
	}
	a := make(chan string)
	b := make(chan string)
	go func() { b <- "from b" }()
	select {
	case s := <-a:
		fmt.Println("a", s)
	case s := <-b:
		fmt.Println("b", s)
	}
	errc := make(chan error, 1)
	go func() { errc <- fmt.Errorf("worker %d failed", 3) }()
	if err := <-errc; err != nil {
		fmt.Println("error:", err)
	}
}
