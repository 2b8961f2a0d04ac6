package main

import "fmt"

const debug = false

func main() {
	x := 1
	if debug {
		fmt.Println("debug", &x)
		f := func() int { return x }
		_ = f
	} else if !debug {
		fmt.Println("live")
	} else {
		fmt.Println("dead too")
	}
	if true {
		fmt.Println("yes")
	} else {
		fmt.Println("no", &x)
	}
	g := func() {}
	g()
}
