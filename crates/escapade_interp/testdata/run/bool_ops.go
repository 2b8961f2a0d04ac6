// Booleans: short-circuit evaluation, printing, %t and %v.
package main

import "fmt"

func side(name string, v bool) bool {
	fmt.Println("eval", name)
	return v
}

func main() {
	fmt.Println(side("a", false) && side("b", true))
	fmt.Println(side("c", true) || side("d", true))
	fmt.Println(!true, true == false, true != false)
	fmt.Printf("%t %v %5t|%-6t|\n", true, false, true, false)
	var zero bool
	fmt.Println(zero)
}
