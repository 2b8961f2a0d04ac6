// float64 printing with Println: shortest form, exponent switches, negative zero.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(1.0, 0.1, 0.1+0.2, 1.0/3.0, 2.0/3.0)
	fmt.Println(1e6, 1e20, 1e21, 123456789.0, 1e-4, 1e-5)
	fmt.Println(100000.0, 999999.0, 1234567.0)
	fmt.Println(math.Copysign(0, -1), -0.0, math.Pi, math.E)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	var z float64
	fmt.Println(1/z, -1/z, z/z)
}
