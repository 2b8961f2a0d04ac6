// Mistake: ranging over a send-only channel.
package main

import "fmt"

func drain(ch chan<- int) {
	for v := range ch {
		fmt.Println(v)
	}
}

func main() {
	drain(make(chan int))
}
