// Covers: untyped float and complex constants, real/imag/complex on constants, exact representability.
package main

import (
	"fmt"
	"math"
)

const third = 1.0 / 3
const back = third * 3 // exactly 1 in untyped arithmetic
const c = 3 + 4i
const abs2 = real(c)*real(c) + imag(c)*imag(c)

func main() {
	var n int = back // representable as int
	fmt.Println(n)
	fmt.Println(abs2, math.Sqrt(abs2))
	var z complex128 = c
	fmt.Println(z, real(z), imag(z))
	const big = 1e300 * 1e300 / 1e300 // intermediate overflow of float64 is fine for constants
	fmt.Println(big)
	var i int = 1e6
	fmt.Println(i, math.MaxInt32, math.Pi > 3.14)
	fmt.Println(complex(1, 2) * 2)
}
