// Covers: typed vs untyped constants, default types, implicit conversion on assignment.
package main

import "fmt"

type Celsius float64
type Count int

const Boiling Celsius = 100
const limit = 10      // untyped int
const ratio = 2.5     // untyped float
const letter = 'A'    // untyped rune
const greeting = "hi" // untyped string
const yes = true      // untyped bool

func main() {
	var c Count = limit // untyped int converts to Count
	var f float32 = limit
	var r rune = letter + 1
	var b byte = letter
	var temp Celsius = ratio * 4
	fmt.Printf("%T %v\n", c, c)
	fmt.Printf("%T %v\n", f, f)
	fmt.Printf("%T %c\n", r, r)
	fmt.Printf("%T %v\n", b, b)
	fmt.Printf("%T %v\n", temp, temp+Boiling)
	x := limit // default type int
	y := ratio // default type float64
	z := letter
	fmt.Printf("%T %T %T %T %T\n", x, y, z, greeting, yes)
	var i8 int8 = -128
	fmt.Println(i8, limit/3, limit/3.0, limit%3)
}
