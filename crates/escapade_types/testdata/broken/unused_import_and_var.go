// Mistakes: unused import and unused variable together.
package main

import (
	"fmt"
	"math"
)

func main() {
	radius := 2.0
	area := 3.14 * radius * radius
	fmt.Println(radius)
}
