// complex128 and complex64 arithmetic and printing, real/imag/complex builtins.
package main

import (
	"fmt"
	"math/cmplx"
)

func main() {
	c := complex(1, 2)
	d := 3 - 4i
	fmt.Println(c, d, c+d, c*d, c/d)
	fmt.Println(real(c), imag(d), cmplx.Abs(d))
	var e complex64 = complex64(c) * 2
	fmt.Println(e, real(e))
	fmt.Printf("%v %.2f %+.1e %8.2f\n", c, d, c, c)
	fmt.Println(c == complex(1, 2), 1i*1i)
}
