// Covers: rune and byte constant arithmetic, character classes by range comparisons, caesar shift.
package main

import "fmt"

const shift = 3
const alphabet = 'z' - 'a' + 1

func caesar(s string, k rune) string {
	out := []rune(s)
	for i, r := range out {
		switch {
		case 'a' <= r && r <= 'z':
			out[i] = 'a' + (r-'a'+k+alphabet)%alphabet
		case 'A' <= r && r <= 'Z':
			out[i] = 'A' + (r-'A'+k+alphabet)%alphabet
		}
	}
	return string(out)
}

func main() {
	enc := caesar("Hello, World", shift)
	fmt.Println(enc, caesar(enc, -shift), alphabet)
	var b byte = 'a' + 25
	fmt.Println(string(b), '0'+7, string(rune('0'+7)))
}
