// %c, %q and %U on runes including invalid and non-printable code points.
package main

import "fmt"

func main() {
	for _, r := range []rune{'a', 'é', '\t', 0x7f, 0x1F600, -1, 0x110000, 0xD800} {
		fmt.Printf("%c|%q|%U|%#U|%d\n", r, r, r, r, r)
	}
	fmt.Printf("%q %q\n", "\x00\x7f\u2028", "\xff")
	fmt.Printf("%+q %#+q\n", "日本", "日本")
}
