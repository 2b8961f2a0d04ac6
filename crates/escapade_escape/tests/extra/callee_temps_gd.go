package main

import "fmt"

type I interface{ M(int) int }

type S struct{ n int }

func (s S) M(x int) int { return x + s.n }

func adder(n int) func(int) int { return func(x int) int { return x + n } }
func mi() I                      { return S{1} }

func main() {
	fmt.Println(adder(1)(1))
	defer adder(1)(2)
	go mi().M(3)
}
