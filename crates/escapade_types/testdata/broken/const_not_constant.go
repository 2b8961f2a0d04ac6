// Mistake: initializing a constant with a function call result.
package main

import (
	"fmt"
	"math"
)

const root = math.Sqrt(2)

func main() {
	fmt.Println(root)
}
