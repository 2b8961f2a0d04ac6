// pointers to structs: automatic dereference, new, &T{}, printing &{...}.
package main

import "fmt"

type Box struct {
	W, H int
}

func grow(b *Box) {
	b.W *= 2
	b.H++
}

func main() {
	b := &Box{1, 2}
	grow(b)
	fmt.Println(b, *b, b.W)
	c := new(Box)
	c.H = 9
	fmt.Printf("%v %+v\n", c, c)
	v := *b
	v.W = 0
	fmt.Println(b.W, v.W)
	pp := &b
	(*pp).H = 100
	fmt.Println(b.H)
}
