// printing integer extremes of every width with %d, %x, %b and Println.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.MinInt8, math.MaxInt8, math.MinInt16, math.MaxUint16)
	fmt.Println(math.MinInt32, math.MaxUint32, math.MinInt64, uint64(math.MaxUint64))
	fmt.Printf("%x %X %b\n", int64(math.MinInt64), uint64(math.MaxUint64), int8(math.MinInt8))
	fmt.Printf("%d %v %o\n", uint8(255), int16(-32768), uint32(math.MaxUint32))
	var u uintptr = 4096
	fmt.Println(u, byte('A'), rune(-1))
}
