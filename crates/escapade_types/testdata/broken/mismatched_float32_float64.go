// Mistake: mixing float32 and float64 in arithmetic.
package main

import (
	"fmt"
	"math"
)

func main() {
	var r float32 = 2
	area := math.Pi * r * r
	circumference := 2 * math.Pi * float64(r)
	fmt.Println(area, circumference+r)
}
