// Mistake: float constant with a fraction converted to int.
package main

import "fmt"

func main() {
	n := int(2.5)
	fmt.Println(n)
}
