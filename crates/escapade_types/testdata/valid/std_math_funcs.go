// Covers: math.Sqrt/Pow/Abs/Floor/Ceil/Round/Trunc/Mod/Hypot/Log/Exp/Inf/NaN/IsNaN, math/bits basics.
package main

import (
	"fmt"
	"math"
	"math/bits"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Pow(2, 10), math.Abs(-3.5))
	fmt.Println(math.Floor(-2.5), math.Ceil(2.1), math.Round(2.5), math.Trunc(-2.7))
	fmt.Println(math.Mod(7, 3), math.Hypot(3, 4), math.Log(math.E), math.Exp(0))
	fmt.Printf("%.4f %.4f\n", math.Sin(math.Pi/2), math.Cos(math.Pi))
	inf := math.Inf(1)
	nan := math.NaN()
	fmt.Println(inf, -inf, math.IsInf(inf, 0), math.IsNaN(nan), nan == nan)
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Signbit(-0.0), math.Cbrt(27))
	fmt.Println(bits.OnesCount(255), bits.LeadingZeros64(1), bits.TrailingZeros(8), bits.Len(1023))
	hi, lo := bits.Mul64(1<<63, 4)
	fmt.Println(hi, lo)
}
