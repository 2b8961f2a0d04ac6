// Covers: non-constant float-to-integer conversions out of the target's range as amd64 runs them (found by scripts/interp-random-crosscheck.py): negative floats to unsigned types, int8/int16/uint8/uint16/int32 through the 32-bit conversion (saturating to -2^31), uint32 through the 64-bit one, uint64 above 2^63, NaN and infinities; float64 and float32 operands.
package main

import (
	"fmt"
	"math"
)

//go:noinline
func conv(f float64) {
	fmt.Println(f, int8(f), int16(f), int32(f), int64(f), int(f), uint8(f), uint16(f), uint32(f), uint64(f), uint(f), uintptr(f))
}

//go:noinline
func conv32(f float32) {
	fmt.Println(f, int8(f), int16(f), int32(f), int64(f), int(f), uint8(f), uint16(f), uint32(f), uint64(f), uint(f), uintptr(f))
}

func main() {
	for _, f := range []float64{-1, -3.7, 300.7, 70000.5, -70000.5, 5e9, -5e9, 2147483648, -2147483649,
		4294967296.5, 1e18, -1e18, 9.3e18, 1e19, 1.8e19, 1.8446744073709552e19, 2e19, -1e19, 1e300,
		math.NaN(), math.Inf(1), math.Inf(-1), 9223372036854775807, 9223372036854774784, -9223372036854775808} {
		conv(f)
		conv32(float32(f))
	}
	f := 1e19
	g := float32(-5e9)
	h := -2.5
	fmt.Println(int64(f), uint64(f), uint32(f), int16(g), uint64(g), uint8(h), uint(h))
}
