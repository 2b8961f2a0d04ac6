// panics unwind through nested calls running each frame's deferred calls.
package main

import "fmt"

func level(n int) {
	defer fmt.Println("leaving level", n)
	if n == 3 {
		panic(fmt.Sprintf("deep panic at %d", n))
	}
	level(n + 1)
}

func main() {
	defer func() {
		fmt.Println("main recovered:", recover())
	}()
	level(1)
}
