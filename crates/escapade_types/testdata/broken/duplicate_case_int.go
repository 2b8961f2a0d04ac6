// Mistake: the same constant in two switch cases.
package main

import "fmt"

func main() {
	x := 2
	switch x {
	case 1:
		fmt.Println("one")
	case 2, 3:
		fmt.Println("two or three")
	case 2:
		fmt.Println("two again")
	}
}
