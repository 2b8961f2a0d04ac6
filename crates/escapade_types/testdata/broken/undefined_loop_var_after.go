// Mistake: using the loop variable after the for loop ends.
package main

import "fmt"

func main() {
	xs := []int{4, 8, 15}
	for i := 0; i < len(xs); i++ {
		if xs[i] > 5 {
			break
		}
	}
	fmt.Println("stopped at", i)
}
