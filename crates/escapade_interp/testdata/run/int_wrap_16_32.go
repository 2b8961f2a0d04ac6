// int16, uint16, int32, uint32 wraparound and conversions between widths.
package main

import "fmt"

func main() {
	var a int16 = 32767
	a += 2
	var b uint16 = 65535
	b += 3
	var c int32 = 2147483647
	c++
	var d uint32 = 0
	d -= 1
	fmt.Println(a, b, c, d)
	var big int64 = 1<<40 + 12345
	fmt.Println(int32(big), uint16(big), int8(big), uint32(big))
	m1, f := int32(-1), uint16(40000)
	fmt.Println(uint32(m1), int16(f))
}
