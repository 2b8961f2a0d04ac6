// Mistake: receiving from a send-only channel.
package main

import "fmt"

func consume(in chan<- string) {
	fmt.Println(<-in)
}

func main() {
	consume(make(chan string))
}
