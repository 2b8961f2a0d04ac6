// integer verbs: %d %b %o %O %x %X %c %q %U with widths and flags.
package main

import "fmt"

func main() {
	n := 255
	fmt.Printf("%d|%5d|%-5d|%05d|%+d|% d\n", n, n, n, n, n, n)
	fmt.Printf("%b|%o|%O|%x|%X|%#x|%#X|%#o\n", n, n, n, n, n, n, n, n)
	fmt.Printf("%08b|%#08x|%-#8x|%+x\n", 5, 255, 255, -255)
	fmt.Printf("%c|%q|%U|%#U|%q\n", 'G', 'G', 'G', '世', '\n')
	fmt.Printf("%d|%x|%X\n", -42, -42, uint8(200))
	fmt.Printf("%.3d|%6.3d|%-6.3d|%.0d|\n", 7, 7, -7, 0)
	fmt.Printf("%x|%X|% x\n", []byte{1, 171, 255}, "hi", []byte{1, 2})
}
