// Receiving from a channel no goroutine will ever send on: Go's deadlock detector stops the
// program with a fatal error and exit status 2.
package main

import "fmt"

func main() {
	ch := make(chan int)
	fmt.Println("waiting")
	fmt.Println(<-ch)
}
