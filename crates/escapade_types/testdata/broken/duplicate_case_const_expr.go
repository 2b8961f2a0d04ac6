// Mistake: two case expressions with the same constant value written differently.
package main

import "fmt"

const KB = 1024

func main() {
	size := 2048
	switch size {
	case 2 * KB:
		fmt.Println("2KB")
	case 2048:
		fmt.Println("2048 bytes")
	}
}
