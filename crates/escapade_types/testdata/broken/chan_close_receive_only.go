// Mistake: closing a receive-only channel.
package main

import "fmt"

func finish(ch <-chan int) {
	close(ch)
}

func main() {
	ch := make(chan int)
	finish(ch)
	fmt.Println("done")
}
