// math/cmplx basics: Sqrt, Exp, Log, Log10, Pow, Abs, Phase, Polar, Rect, Conj, Inf, NaN,
// IsNaN, IsInf, printed with Println, %v, %.4f and %g; special values on the axes.
package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

func main() {
	zs := []complex128{0, 1, -1, 1i, -1i, 3 + 4i, -3 - 4i, 0.5 - 2i, complex(1e-10, 1e10),
		complex(-7, 0), complex(math.Copysign(0, -1), -2), complex(100, -0.001)}
	for _, z := range zs {
		fmt.Println(z, cmplx.Sqrt(z), cmplx.Abs(z), cmplx.Phase(z), cmplx.Conj(z))
	}
	for _, z := range zs[1:] {
		fmt.Printf("%.4f %v %g\n", cmplx.Exp(z), cmplx.Log(z), cmplx.Log10(z))
	}
	r, th := cmplx.Polar(-2 + 2i)
	fmt.Println(r, th, cmplx.Rect(r, th), cmplx.Rect(2, math.Pi/3))
	fmt.Println(cmplx.Pow(2i, 2), cmplx.Pow(1+1i, 0.5), cmplx.Pow(-8, 1.0/3), cmplx.Pow(0, -1))
	fmt.Println(cmplx.Pow(0, 0), cmplx.Pow(0, 2+1i), cmplx.Pow(math.E, 1i*math.Pi))
	inf, nan := cmplx.Inf(), cmplx.NaN()
	fmt.Println(inf, cmplx.IsInf(inf), cmplx.IsNaN(nan), cmplx.IsNaN(complex(math.Inf(1), math.NaN())))
	fmt.Println(cmplx.Sqrt(complex(math.Inf(-1), 1)), cmplx.Exp(complex(math.Inf(-1), math.Inf(1))), cmplx.Abs(nan))
	fmt.Printf("%x %x\n", math.Float64bits(real(cmplx.Sqrt(-4))), math.Float64bits(imag(cmplx.Exp(1i))))
}
