// Integer literal forms: hex, octal, binary, underscores, rune literals.
package main

import "fmt"

func main() {
	fmt.Println(0x1F, 0o17, 017, 0b101, 1_000_000)
	fmt.Println('a', '\n', '\x41', '\u00e9', '世')
	const big = 1 << 100
	fmt.Println(big >> 98)
	var r rune = 'Z' + 1
	fmt.Println(r, string(r))
	fmt.Println(0xFF_FF, 0X10)
}
