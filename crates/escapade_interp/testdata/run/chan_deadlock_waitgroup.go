// A WaitGroup whose counter never reaches zero: every goroutine is asleep.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		fmt.Println("one worker")
	}()
	wg.Wait()
	fmt.Println("unreachable")
}
