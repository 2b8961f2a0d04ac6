package main

import "fmt"

type T float64

func main() {
	var t T = 100
	f := float64(t)
	fmt.Println(f)
	var u float64 = 7
	g := float64(u)
	fmt.Println(g)
	h := T(9)
	k := float64(h)
	fmt.Println(k)
}
