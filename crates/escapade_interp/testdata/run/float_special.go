// NaN and infinities: comparisons, arithmetic, printing, math helpers.
package main

import (
	"fmt"
	"math"
)

func main() {
	nan := math.NaN()
	inf := math.Inf(1)
	fmt.Println(nan == nan, nan < 1, nan > 1, inf > math.MaxFloat64)
	fmt.Println(inf-inf, inf*0, -inf, inf+1)
	fmt.Println(math.IsNaN(nan), math.IsInf(-inf, -1), math.Signbit(math.Copysign(0, -1)))
	fmt.Printf("%f %e %g %5.1f|%-6v|\n", inf, -inf, nan, inf, nan)
	fmt.Printf("%+v %+f % f %06.2f\n", nan, nan, inf, -inf)
}
