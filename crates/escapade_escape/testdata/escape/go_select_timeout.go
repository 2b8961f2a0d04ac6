// go_: a goroutine that selects on two channels captured by value.
package main

func race(a, b chan int) chan int {
	out := make(chan int)
	go func() {
		select {
		case v := <-a:
			out <- v
		case v := <-b:
			out <- v
		}
	}()
	return out
}

func main() {}
