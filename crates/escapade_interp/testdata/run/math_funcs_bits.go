// math functions printed with their exact bits: Log/Log2/Log10/Log1p, Exp/Exp2/Expm1, Pow
// with fractional exponents, Cbrt, trigonometry (also past 2^29), inverse and hyperbolic
// functions, Modf/Frexp/Ldexp, Mod, Atan2, and math/bits helpers.
package main

import (
	"fmt"
	"math"
	"math/bits"
)

func show(name string, v float64) {
	fmt.Printf("%-6s %-24v %016x\n", name, v, math.Float64bits(v))
}

func main() {
	for _, x := range []float64{0.1, 0.5, 2, 3, 10, 1e-300, 12345.678, 7e22} {
		show("log", math.Log(x))
		show("log2", math.Log2(x))
		show("log10", math.Log10(x))
		show("log1p", math.Log1p(x))
		show("cbrt", math.Cbrt(x))
	}
	for _, x := range []float64{-745.2, -700, -1, -1e-9, 0.3, 1, 2.5, 88.7, 709.7} {
		show("exp", math.Exp(x))
		show("exp2", math.Exp2(x))
		show("expm1", math.Expm1(x))
		show("sinh", math.Sinh(x))
		show("cosh", math.Cosh(x))
		show("tanh", math.Tanh(x))
	}
	for _, x := range []float64{1, math.Pi / 6, 2, 100, 1e9, 1e22, -3.5} {
		s, c := math.Sincos(x)
		show("sin", math.Sin(x))
		show("cos", math.Cos(x))
		show("tan", math.Tan(x))
		fmt.Println(s == math.Sin(x), c == math.Cos(x))
	}
	for _, x := range []float64{-1, -0.5, 0.25, 0.7, 0.99} {
		show("asin", math.Asin(x))
		show("acos", math.Acos(x))
		show("atan", math.Atan(x*10))
	}
	fmt.Println(math.Pow(2, 0.5), math.Pow(10, -2.5), math.Pow(1.0001, 10000), math.Pow(-8, 1.0/3))
	fmt.Println(math.Atan2(1, -1), math.Atan2(-0.0, -1), math.Mod(10, 3.3), math.Mod(-1e20, 7))
	i, f := math.Modf(-3.75)
	fr, e := math.Frexp(1e-310)
	fmt.Println(i, f, fr, e, math.Ldexp(fr, e), math.Ldexp(1, -1074), math.Ldexp(1, 1024))
	fmt.Println(math.Hypot(1e300, 1e300), math.Dim(5, 3), math.Dim(3, 5), math.Max(-0.0, 0), math.Min(math.NaN(), 1))
	fmt.Printf("%x %x\n", math.Float64bits(math.NaN()), math.Float64bits(math.Log(-1)))
	hi, lo := bits.Mul64(0xdeadbeefcafebabe, 0x123456789abcdef)
	sum, carry := bits.Add64(^uint64(0), 1, 0)
	diff, borrow := bits.Sub32(1, 2, 0)
	fmt.Println(hi, lo, sum, carry, diff, borrow)
	fmt.Println(bits.OnesCount8(0xf0), bits.LeadingZeros32(1), bits.TrailingZeros16(0), bits.Len64(1<<40),
		bits.Reverse8(1), bits.ReverseBytes16(0x1234), bits.RotateLeft32(1, -1), bits.RotateLeft(3, 62))
}
