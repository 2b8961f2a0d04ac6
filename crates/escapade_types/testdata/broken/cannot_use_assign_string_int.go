// Mistake: assigning a string to an int variable.
package main

import "fmt"

func main() {
	var count int
	count = "five"
	fmt.Println(count)
}
