// int64 and uint64 wraparound at their limits, and uint(…) of negatives.
package main

import (
	"fmt"
	"math"
)

func main() {
	var a int64 = math.MaxInt64
	a++
	fmt.Println(a)
	var b uint64 = math.MaxUint64
	b++
	fmt.Println(b)
	var c int64 = math.MinInt64
	fmt.Println(c-1, -c, c/-1)
	n := -5
	fmt.Println(uint64(n), uint(n)>>60)
	var m int = math.MaxInt
	fmt.Println(m+1 == math.MinInt)
}
