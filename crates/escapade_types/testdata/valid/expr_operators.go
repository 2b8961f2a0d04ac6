// Covers: arithmetic, bitwise, comparison, logical operators, precedence, unary operators, string concatenation.
package main

import "fmt"

func main() {
	a, b := 17, 5
	fmt.Println(a+b, a-b, a*b, a/b, a%b, -a/b, -a%b)
	fmt.Println(a&b, a|b, a^b, a&^b, a<<2, a>>1, ^a)
	fmt.Println(a == b, a != b, a < b, a <= b, a > b, a >= b)
	t, f := true, false
	fmt.Println(t && f, t || f, !t)
	fmt.Println(1+2*3, (1+2)*3, 1<<2+1, 2*3%4, 7&3|8)
	x := 2.0
	fmt.Println(x/3, -x, +x)
	s := "go" + "pher"
	fmt.Println(s, s < "zebra", s > "go")
	var u uint8 = 250
	u += 10
	fmt.Println(u, ^uint8(0))
	c := 1 + 2i
	fmt.Println(c*c, c == complex(1, 2))
	p := &a
	fmt.Println(*p*2, p != nil)
}
