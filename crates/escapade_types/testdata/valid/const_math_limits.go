// Covers: math.MaxInt64/MinInt64/MaxUint32 constants, untyped constant overflow avoided by typing.
package main

import (
	"fmt"
	"math"
)

func main() {
	var a int64 = math.MaxInt64
	var b int64 = math.MinInt64
	var c uint32 = math.MaxUint32
	var d uint64 = math.MaxUint64
	fmt.Println(a, b, c, d)
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxUint16)
	fmt.Println(math.SmallestNonzeroFloat64 > 0, math.MaxFloat32 < math.MaxFloat64)
	const sum = math.MaxUint64 + 1 // untyped, exact
	fmt.Println(sum/2 == 1<<63)
	a++ // wraps at run time
	fmt.Println(a == b)
}
