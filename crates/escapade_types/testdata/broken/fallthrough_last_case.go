// Mistake: fallthrough in the final case of a switch.
package main

import "fmt"

func main() {
	switch x := 1; x {
	case 0:
		fmt.Println("zero")
	case 1:
		fmt.Println("one")
		fallthrough
	}
}
