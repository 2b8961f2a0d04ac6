// range over an integer (Go 1.22), including zero and with break/continue.
package main

import "fmt"

func main() {
	for i := range 5 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	for range 3 {
		fmt.Print("x")
	}
	fmt.Println()
	for i := range 0 {
		fmt.Println("never", i)
	}
	n := int8(4)
	for i := range n {
		if i == 1 {
			continue
		}
		fmt.Printf("%T %v\n", i, i)
	}
}
