// Covers: conversions between numeric types, string/[]byte/[]rune, named types, pointer types, slices to arrays.
package main

import "fmt"

type MyInt int
type IntPtr *int
type Bytes []byte

func main() {
	var i int = 300
	fmt.Println(uint8(i), int8(i), float64(i)/7)
	f := -2.7
	fmt.Println(int(f), uint(int(-f)))
	s := "naïve"
	fmt.Println(len(s), len([]rune(s)), string([]rune(s)[2]))
	bs := Bytes(s)
	fmt.Println(len(bs), string(bs[:2]))
	m := MyInt(i)
	fmt.Println(int(m) + i)
	var p IntPtr = IntPtr(&i)
	fmt.Println(*p)
	sl := []int{1, 2, 3, 4}
	arr := [4]int(sl) // slice to array conversion
	ap := (*[2]int)(sl)
	ap[0] = 10
	fmt.Println(arr, sl[0])
	var c complex64 = complex64(complex(1, 2))
	fmt.Println(c)
}
