// Covers: untyped constants/bools taking types from context in expressions, comparisons yield untyped bool.
package main

import "fmt"

type Flag bool
type Score float32

func main() {
	x := 3
	var ok Flag = x > 2 // untyped bool result assigned to Flag
	fmt.Println(ok)
	var s Score = 1.5
	s = s * 2
	fmt.Println(s + 0.25)
	half := x / 2 // int division
	var f = float64(x) / 2
	fmt.Println(half, f)
	var i8 int8 = 100
	fmt.Println(i8 + 27)
	var r rune = 'a' + 2
	fmt.Println(string(r))
	fmt.Println(1 == 1.0, 'a' == 97)
	var iface any = 1 << 3
	fmt.Printf("%T\n", iface)
	var d any = 2.0 * 3
	fmt.Printf("%T\n", d)
}
