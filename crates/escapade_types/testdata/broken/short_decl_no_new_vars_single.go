// Mistake: := on an existing variable inside the same block.
package main

import "fmt"

func main() {
	total := 0
	for i := 1; i <= 3; i++ {
		total += i
	}
	total := total * 2
	fmt.Println(total)
}
