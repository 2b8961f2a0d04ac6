// []byte(s) and []rune(s) capacities: a constant string gets an array of its length; other
// strings the 32-element stack buffer when the result does not escape, else a size class.
package main

import (
	"fmt"
	"strings"
)

var sink []byte
var rsink []rune

const greeting = "hello"

func main() {
	a := []byte("values: ")
	b := []byte(greeting)
	fmt.Println(len(a), cap(a), len(b), cap(b))
	s := strings.Repeat("x", 5)
	c := []byte(s)
	fmt.Println(len(c), cap(c))
	long := strings.Repeat("y", 40)
	d := []byte(long)
	fmt.Println(len(d), cap(d))
	e := []byte(s)
	sink = e
	fmt.Println(len(e), cap(e))
	r := []rune(s + "é")
	fmt.Println(len(r), cap(r))
	r2 := []rune(long)
	fmt.Println(len(r2), cap(r2))
	r3 := []rune(s)
	rsink = r3
	fmt.Println(len(r3), cap(r3))
	empty := []byte(s[:0])
	fmt.Println(len(empty), cap(empty))
	a = append(a, '!')
	fmt.Println(len(a), cap(a), string(a))
}
