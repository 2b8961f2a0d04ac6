// Mistake: passing a receive-only channel where a send-only one is needed.
package main

import "fmt"

func fill(out chan<- int) { out <- 1 }

func main() {
	ch := make(chan int, 1)
	var in <-chan int = ch
	fill(in)
	fmt.Println(<-ch)
}
