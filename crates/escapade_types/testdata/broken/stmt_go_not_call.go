// Mistake: go statement with a function value that is not called.
package main

import "fmt"

func main() {
	worker := func() { fmt.Println("working") }
	go worker
	fmt.Println("main")
}
