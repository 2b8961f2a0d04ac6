// slice to array pointer conversions share the slice's array; unsafe.String/Slice/StringData/SliceData.
package main

import (
	"fmt"
	"unsafe"
)

func main() {
	s := []int{1, 2, 3, 4, 5}
	p := (*[3]int)(s[1:])
	p[0] = 20
	s[3] = 40
	fmt.Println(*p, s, len(p), cap(p[:]), cap(p[1:2]))
	q := p[:]
	q[2] = 44
	fmt.Println(s, &s[1] == &p[0], &q[0] == &s[1])
	a := [4]int(s)
	a[0] = 99
	fmt.Println(a, s[0])
	var nilS []int
	fmt.Println((*[0]int)(nilS) == nil, (*[0]int)(s[:0]) == nil)
	arr := [5]byte{'h', 'e', 'l', 'l', 'o'}
	w := (*[2]byte)(arr[3:])
	w[1] = '!'
	fmt.Println(string(arr[:]), *w)
	*w = [2]byte{'x', 'y'}
	fmt.Println(string(arr[:]))
	b := []byte("bytes")
	str := unsafe.String(&b[1], 3)
	fmt.Println(str, unsafe.String(nil, 0) == "")
	u := unsafe.Slice(&s[1], 2)
	u[0] = 7
	fmt.Println(u, len(u), cap(u), s)
	v := unsafe.Slice(&arr[1], 4)
	v[0] = 'E'
	fmt.Println(string(v), string(arr[:]))
	fmt.Println(*unsafe.SliceData(s), unsafe.SliceData(nilS) == nil, unsafe.Slice((*int)(nil), 0) == nil)
	fmt.Println(len(unsafe.Slice(unsafe.StringData("abc"), 3)), *unsafe.StringData("xyz"))
	defer func() { fmt.Println("recovered:", recover()) }()
	short := []int{1, 2}
	_ = (*[3]int)(short)
}
