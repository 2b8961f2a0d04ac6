// Mistake: the same label defined twice in one function.
package main

import "fmt"

func main() {
loop:
	for i := 0; i < 2; i++ {
		if i == 1 {
			break loop
		}
	}
loop:
	for j := 0; j < 2; j++ {
		continue loop
	}
	fmt.Println("done")
}
