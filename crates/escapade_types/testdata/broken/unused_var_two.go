// Mistakes: two unused variables in two functions.
package main

import "fmt"

func helper() {
	result := 10 * 2
}

func main() {
	x, y := 1, 2
	fmt.Println(x)
	helper()
}
