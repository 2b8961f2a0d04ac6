// The print and println builtins write to standard error (integers of every size, strings,
// booleans, runes as numbers); a final panic makes the corpus record that standard error.
package main

import "fmt"

func main() {
	var u8 uint8 = 200
	var i16 int16 = -300
	var u uint64 = 1 << 63
	print("print:", 1, true, "\n")
	println("println:", 2, false, 'x', u8, i16, u, -7)
	println()
	fmt.Println("stdout line")
	panic("done")
}
