// Covers: constant conversions between numeric types, truncation of non-constant floats, string(rune).
package main

import "fmt"

type Meters float64
type ID uint16

func main() {
	const x = 7
	m := Meters(x)
	id := ID(65535)
	f := 3.9
	i := int(f) // non-constant conversion truncates
	fmt.Println(m, id, i)
	fmt.Println(string(rune(0x4e16)), string(rune(65)))
	b := []byte("abc")
	s := string(b)
	rs := []rune("añb")
	fmt.Println(s, len(rs), string(rs[1]))
	var u uint8 = 200
	neg := int8(-1)
	fmt.Println(int8(u), uint16(neg))
	fmt.Println(float32(0.1) == 0.1, float64(float32(0.5)) == 0.5)
}
