// Mistake: logical not applied to an int, like in C.
package main

import "fmt"

func main() {
	n := 0
	if !n {
		fmt.Println("zero")
	}
}
