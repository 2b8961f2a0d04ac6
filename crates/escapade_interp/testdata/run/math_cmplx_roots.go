// math/cmplx in small algorithms: roots of unity with Rect and Pow, complex quadratic
// roots, a Mandelbrot escape-time row, and a DFT of eight samples.
package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

func quadratic(a, b, c complex128) (complex128, complex128) {
	d := cmplx.Sqrt(b*b - 4*a*c)
	return (-b + d) / (2 * a), (-b - d) / (2 * a)
}

func escape(c complex128) int {
	z := complex128(0)
	for i := 0; i < 50; i++ {
		z = z*z + c
		if cmplx.Abs(z) > 2 {
			return i
		}
	}
	return 50
}

func main() {
	for k := 0; k < 6; k++ {
		w := cmplx.Rect(1, 2*math.Pi*float64(k)/6)
		fmt.Printf("%d %.6f %v %.3f\n", k, w, cmplx.Pow(w, 6), cmplx.Phase(w))
	}
	x1, x2 := quadratic(1, 2, 5)
	fmt.Println(x1, x2)
	x1, x2 = quadratic(2, 0, 8)
	fmt.Println(x1, x2, x1*x2)
	row := ""
	for i := 0; i < 40; i++ {
		n := escape(complex(-2+float64(i)*0.065, 0.3))
		row += string(" .:-=+*#%@"[n%10])
	}
	fmt.Println(row)
	samples := []float64{1, 2, 3, 4, 0, -1, -2, -3}
	for k := 0; k < 8; k++ {
		var sum complex128
		for n, s := range samples {
			sum += complex(s, 0) * cmplx.Exp(complex(0, -2*math.Pi*float64(k*n)/8))
		}
		fmt.Printf("%d %.5f %.5g\n", k, sum, cmplx.Abs(sum))
	}
}
