// Covers: constant shifts, shifts of untyped constants by non-constant counts, unsigned shift counts.
package main

import "fmt"

const mask = 1<<8 - 1

func main() {
	var s uint = 3
	a := 1 << s // untyped 1 takes type int from context
	var b int64 = 1 << s
	var c = uint8(1) << 7
	d := mask >> 4
	var e int32 = 1<<31 - 1
	fmt.Println(a, b, c, d, e)
	n := 5
	fmt.Println(1<<n, 256>>n, -16>>2)
	const shifted = 1.0 << 3 // untyped float representable as int
	fmt.Println(shifted)
}
