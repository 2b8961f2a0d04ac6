// Covers: every basic type and its zero value, var declarations with and without initializers.
package main

import "fmt"

func main() {
	var (
		b   bool
		s   string
		i   int
		i8  int8
		i16 int16
		i32 int32
		i64 int64
		u   uint
		u8  uint8
		u16 uint16
		u32 uint32
		u64 uint64
		up  uintptr
		f32 float32
		f64 float64
		c64 complex64
		c   complex128
		by  byte
		r   rune
	)
	fmt.Println(b, s == "", i, i8, i16, i32, i64)
	fmt.Println(u, u8, u16, u32, u64, up)
	fmt.Println(f32, f64, c64, c, by, r)
	fmt.Printf("%T %T\n", by, r)
}
