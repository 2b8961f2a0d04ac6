// More math: Pow10 rounding idioms, Asinh/Acosh/Atanh, Remainder vs Mod, Nextafter, Logb/Ilogb,
// FMA, complex Sin/Cos/Sinh/Cosh, and strconv.ParseFloat of hex, underscores and NaN bits.
package main

import (
	"fmt"
	"math"
	"math/cmplx"
	"strconv"
)

func round(x float64, places int) float64 {
	p := math.Pow10(places)
	return math.Round(x*p) / p
}

func main() {
	fmt.Println(round(3.14159, 2), round(2.675, 2), round(-1.005, 2), math.Pow10(-5), math.Pow10(309), math.Pow10(-324))
	for _, x := range []float64{0.5, 1, 2, 10, 1e6} {
		fmt.Println(math.Asinh(x), math.Acosh(x), math.Atanh(1/(x+1)))
	}
	fmt.Println(math.Remainder(7, 2), math.Mod(7, 2), math.Remainder(-7.5, 2), math.Remainder(5, 3), math.Mod(5, 3))
	fmt.Println(math.Nextafter(1, 2)-1, math.Nextafter(0, -1), math.Logb(1000), math.Ilogb(0.001), math.Ilogb(0))
	fmt.Println(math.FMA(0.1, 10, -1), 0.1*10-1, math.FMA(2, 3, 4))
	for _, z := range []complex128{1 + 1i, -2.5i, complex(math.Pi/2, 0.5), complex(0, 30)} {
		fmt.Printf("%.6g %.6g %.6g %.6g\n", cmplx.Sin(z), cmplx.Cos(z), cmplx.Sinh(z), cmplx.Cosh(z))
	}
	for _, s := range []string{"0x1.8p3", "0x1p-1074", "0x1.fffffffffffff8p1023", "1_000.25", "0x_1p4", "nan", "-Inf", "1e400", "0x1.0000000000000fffp0"} {
		v, err := strconv.ParseFloat(s, 64)
		w, err32 := strconv.ParseFloat(s, 32)
		fmt.Printf("%s %v %x %v | %v %v\n", s, v, math.Float64bits(v), err, w, err32)
	}
}
