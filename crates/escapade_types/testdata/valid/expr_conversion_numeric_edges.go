// Covers: run-time numeric conversions: wraparound, sign extension, float->int truncation toward zero, int->float rounding.
package main

import "fmt"

func main() {
	big := 1 << 40
	minus := int16(-1)
	fmt.Println(int32(big), uint8(big+255), minus, uint16(minus))
	f := -7.9
	g := 7.9
	fmt.Println(int(f), int(g), int64(-0.5+f))
	var i64 int64 = 1<<53 + 1
	fmt.Println(float64(i64) == float64(1<<53), float32(16777217))
	var u uint = 3
	var n int = -int(u)
	fmt.Println(n, uint32(n))
	var r rune = -1
	fmt.Println(string(r) == "\uFFFD")
}
