// math package basics: Sqrt, Floor, Ceil, Trunc, Round, Abs, Max, Min, Pow, Mod, Hypot.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Floor(-2.5), math.Ceil(-2.5), math.Trunc(-2.7))
	fmt.Println(math.Round(2.5), math.Round(-2.5), math.RoundToEven(2.5), math.Abs(-3.2))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Pow(2, 10), math.Pow(2, 0.5))
	fmt.Println(math.Mod(7, 3), math.Mod(-7, 3), math.Hypot(3, 4), math.Cbrt(27))
	fmt.Println(math.MaxInt32, math.MinInt16, math.MaxUint8, math.Inf(-1))
	fmt.Println(math.Floor(1e300), math.Log(math.E), math.Log2(1024), math.Log10(0.001))
}
