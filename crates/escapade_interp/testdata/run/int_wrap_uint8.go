// uint8 (byte) wraparound: increment past 255, decrement below 0, multiplication.
package main

import "fmt"

func main() {
	var a uint8 = 255
	a++
	fmt.Println(a)
	var b byte = 0
	b--
	fmt.Println(b)
	var c uint8 = 16
	c *= 17
	fmt.Println(c)
	x := []byte("z")
	x[0] += 10
	fmt.Println(x[0], string(x))
}
