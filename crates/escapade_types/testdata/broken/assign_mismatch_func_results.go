// Mistake: assigning a single-result call to two variables.
package main

import "fmt"

func double(n int) int { return n * 2 }

func main() {
	a, err := double(4)
	fmt.Println(a, err)
}
