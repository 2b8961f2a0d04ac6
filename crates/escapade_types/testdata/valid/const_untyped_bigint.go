// Covers: untyped constant arithmetic evaluated exactly with big integers, beyond 64 bits.
package main

import "fmt"

const (
	Huge  = 1 << 100
	Huger = Huge * Huge
	Back  = Huger >> 190 // 1 << 10
	Diff  = (Huge + 1) - Huge
	Big   = 1_000_000_000_000_000_000_000_000
	Ratio = Big / 1_000_000_000_000_000_000
)

func main() {
	fmt.Println(Back, Diff, Ratio)
	var x int64 = Huge >> 70
	fmt.Println(x)
	const f = Huge / 3.0 // untyped float, exact rational arithmetic
	fmt.Println(f > 4e29, f < 5e29)
	fmt.Println(uint64(Huger >> 140))
}
