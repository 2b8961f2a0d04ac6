// Integer division and remainder truncate toward zero; shifts, bit ops and AND NOT.
package main

import "fmt"

func main() {
	fmt.Println(7/2, -7/2, 7/-2, -7/-2)
	fmt.Println(7%3, -7%3, 7%-3, -7%-3)
	x := 0b1011_0110
	fmt.Println(x&0x0f, x|0x100, x^0xff, x&^0x06)
	fmt.Println(1<<10, -16>>2, uint8(1)<<7, int8(-128)>>7)
	var s uint = 70
	fmt.Println(1<<s == 0, int64(1)<<62)
	var u uint8 = 200
	fmt.Println(u>>1, u<<1, ^u, -u)
}
