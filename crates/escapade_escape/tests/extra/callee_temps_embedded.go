package main

import "fmt"

type I interface{ M(int) int }
type S struct{ n int }

func (s S) M(x int) int { return x + s.n }

type W struct{ I }
type P struct{ f func(int) int }

func mw() W                      { return W{S{1}} }
func mwp() *W                    { return &W{S{1}} }
func adder(n int) func(int) int { return func(x int) int { return x + n } }

func main() {
	fmt.Println(mw().M(1))
	fmt.Println(mw().I.M(2))
	fmt.Println(mwp().M(3))
	a, b := adder(1)(2), adder(3)(4)
	fmt.Println(a, b)
}
