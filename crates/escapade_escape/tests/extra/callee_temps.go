package main

import "fmt"

type T struct {
	v  int
	fn func(int) int
}

func (t *T) Val(x int) int { return x }
func (t T) VV(x int) int   { return x }

type I interface{ M(int) int }

type S struct{ n int }

func (s S) M(x int) int { return x + s.n }

type F func(int) int

func adder(n int) func(int) int { return func(x int) int { return x + n } }
func mk() *T                     { return &T{} }
func mkv() T                     { return T{} }
func mi() I                      { return S{1} }
func g() int                     { return 0 }

var fm map[string]func(int) int
var ch chan func(int) int

func sink(x any) {}

func main() {
	fmt.Println(adder(2)(3))
	adder(4)(5)
	y := adder(6)(7)
	sink(y)
	sink(adder(8)(9))
	z := any(adder(6)(7))
	fmt.Println(z)
	fmt.Println(mk().Val(1))
	fmt.Println(new(T).Val(2))
	fmt.Println((<-ch)(5))
	fmt.Println(mk().fn(6))
	fmt.Println(mkv().VV(7))
	fmt.Println(adder(1)(adder(2)(8)))
	f := mk().Val
	fmt.Println(f(9))
	fmt.Println(mk().Val)
	fmt.Println((*T).Val(mk(), 10))
	fmt.Println(adder(g())(11))
	fmt.Println(fm["a"](5))
	fm["b"](6)
	fmt.Println(func(x int) int { return g() + x }(7))
	func(x int) {}(8)
	fmt.Println(F(adder(1))(2))
	fmt.Println(mi().M(9))
	mi().M(10)
	fmt.Println(adder(4)(5), mi().M(6))
	var h func(int) int = adder(7)
	fmt.Println(h(8))
}
