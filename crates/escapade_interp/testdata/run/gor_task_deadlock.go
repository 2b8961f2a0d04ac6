// Covers: goroutines parked on channels nobody will use (one on a nil channel): when main
// blocks too, every goroutine is asleep and the runtime reports the deadlock.
package main

import "fmt"

func main() {
	var never chan int
	ch := make(chan int)
	go func() {
		for {
			v := <-never
			fmt.Println(v)
		}
	}()
	go func() {
		ch <- 1
		ch <- 2
		fmt.Println("sent both")
	}()
	fmt.Println(<-ch)
	fmt.Println(<-ch)
	<-ch
}
