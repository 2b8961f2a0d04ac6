// Mistake: a local variable declared and never used.
package main

import "fmt"

func main() {
	name := "gopher"
	age := 13
	fmt.Println("hello", name)
}
