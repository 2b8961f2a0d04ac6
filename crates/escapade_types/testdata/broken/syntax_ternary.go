// Mistake (syntax): using the ternary operator.
package main

import "fmt"

func main() {
	n := 5
	kind := n%2 == 0 ? "even" : "odd"
	fmt.Println(kind)
}
