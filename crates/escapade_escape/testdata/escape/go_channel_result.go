// go_: goroutines sending results over channels.
package main

func compute(n int) <-chan int {
	ch := make(chan int, 1)
	go func() {
		ch <- n * n
	}()
	return ch
}

func computePtr(n int) chan *int {
	ch := make(chan *int, 1)
	go func() {
		v := n
		ch <- &v
	}()
	return ch
}

func main() {}
