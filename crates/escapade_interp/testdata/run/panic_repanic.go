// uncaught: a deferred function recovers and panics with a new value: "[recovered]" chain.
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("got", r)
		panic(fmt.Sprintf("again: %v", r))
	}()
	panic("first")
}
