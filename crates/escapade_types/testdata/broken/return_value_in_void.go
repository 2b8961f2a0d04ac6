// Mistake: returning a value from a function without results.
package main

import "fmt"

func printSum(a, b int) {
	fmt.Println(a + b)
	return a + b
}

func main() {
	printSum(1, 2)
}
