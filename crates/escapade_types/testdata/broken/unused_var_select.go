// Mistake: value received in a select case is never used.
package main

import "fmt"

func main() {
	ch := make(chan string, 1)
	ch <- "msg"
	select {
	case m := <-ch:
		fmt.Println("received")
	default:
		fmt.Println("nothing")
	}
}
