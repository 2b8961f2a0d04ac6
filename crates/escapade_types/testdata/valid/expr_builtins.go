// Covers: every builtin: len, cap, make, new, append, copy, delete, clear, min, max, complex, real, imag, panic, recover, print, println.
package main

import "fmt"

func main() {
	s := make([]int, 3, 8)
	fmt.Println(len(s), cap(s))
	s = append(s, 4, 5)
	dst := make([]int, 2)
	fmt.Println(copy(dst, s), dst)
	buf := make([]byte, 5)
	fmt.Println(copy(buf, "hi"), string(buf[:2]))
	m := map[string]int{"a": 1, "b": 2}
	delete(m, "a")
	fmt.Println(len(m))
	clear(m)
	fmt.Println(len(m))
	clear(s)
	fmt.Println(s)
	p := new(string)
	*p = "ptr"
	fmt.Println(*p)
	fmt.Println(min(3, 1, 2), max(2.5, 1), min("b", "a"), max(7))
	c := complex(3, 4)
	fmt.Println(real(c), imag(c))
	var f32 float32 = 1
	c64 := complex(f32, f32)
	fmt.Printf("%T\n", c64)
	ch := make(chan int, 4)
	fmt.Println(cap(ch), len("héllo"), len([5]int{}))
	func() {
		defer func() { fmt.Println("recovered", recover()) }()
		panic("boom")
	}()
	bs := make([]byte, 0, 4)
	bs = append(bs, "xy"...)
	fmt.Println(string(bs))
	const l = len([3]int{})
	fmt.Println(l)
}
