// Covers: shifts with signed and unsigned counts, shifts of typed values, bit manipulation helpers.
package main

import "fmt"

func setBit(x uint32, i int) uint32   { return x | 1<<i }
func clearBit(x uint32, i int) uint32 { return x &^ (1 << i) }
func hasBit(x uint32, i int) bool     { return x&(1<<i) != 0 }

func popcount(x uint64) (n int) {
	for x != 0 {
		x &= x - 1
		n++
	}
	return
}

func main() {
	var x uint32
	x = setBit(x, 3)
	x = setBit(x, 0)
	fmt.Println(x, hasBit(x, 3), hasBit(x, 2))
	x = clearBit(x, 3)
	fmt.Println(x, popcount(0xFF00FF), popcount(1<<63))
	var n int8 = -8
	fmt.Println(n>>1, uint8(n)>>1, 1<<uint8(4))
	k := 70
	fmt.Println(uint64(1)<<(k%64), int64(-1)<<3)
}
