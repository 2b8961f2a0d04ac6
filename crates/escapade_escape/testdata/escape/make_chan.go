// make_: make(chan) never gets a location or a message; values sent escape.
package main

func pipe() int {
	ch := make(chan int, 1)
	ch <- 1
	return <-ch
}

func ptrPipe() *int {
	ch := make(chan *int, 1)
	v := 2
	ch <- &v
	return <-ch
}

func main() {}
