// Runtime panics of channels: send on a closed channel (recovered, its error text), close of a
// closed channel (recovered), then an uncaught close of a nil channel.
package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		r := recover()
		err, isErr := r.(error)
		fmt.Println(name, r, isErr, err)
	}()
	f()
}

func main() {
	c := make(chan int, 1)
	close(c)
	try("send", func() { c <- 1 })
	try("close", func() { close(c) })
	v, ok := <-c
	fmt.Println(v, ok)
	var n chan int
	close(n)
}
