// Covers: complex64/complex128 arithmetic, math/cmplx functions, comparison, real/imag of variables.
package main

import (
	"fmt"
	"math/cmplx"
)

func main() {
	a := complex(3, 4)
	b := 1 - 2i
	fmt.Println(a+b, a-b, a*b, a/b)
	fmt.Println(cmplx.Abs(a), real(a*b), imag(a*b))
	var c64 complex64 = 1 + 1i
	c64 *= 2
	fmt.Println(c64, a == complex(3, 4))
	fmt.Printf("%.3f\n", cmplx.Sqrt(-1))
	fmt.Printf("%.2f\n", cmplx.Exp(complex(0, 3.14159265)))
}
