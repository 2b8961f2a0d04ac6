// Mistake: break to a label that does not exist.
package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if i*j > 2 {
				break outer
			}
			fmt.Println(i, j)
		}
	}
}
