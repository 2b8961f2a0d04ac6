// int8 arithmetic wraps around on overflow (add, sub, mul, neg of the minimum).
package main

import "fmt"

func main() {
	var a int8 = 127
	a++
	fmt.Println(a)
	var b int8 = -128
	b--
	fmt.Println(b)
	var c int8 = 100
	c *= 3
	fmt.Println(c)
	var d int8 = -128
	d = -d
	fmt.Println(d, d/-1)
	fmt.Println(int8(200+0*int(a)), int8(-129+0*int(a)))
}
