// Mistake: defer of a function value without calling it.
package main

import "fmt"

func cleanup() { fmt.Println("cleanup") }

func main() {
	defer cleanup
	fmt.Println("work")
}
