// Mistake: min with mismatched operand types.
package main

import "fmt"

func main() {
	a := 3
	b := 2.5
	fmt.Println(min(a, b))
}
