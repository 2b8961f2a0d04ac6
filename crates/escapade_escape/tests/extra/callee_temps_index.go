package main

import "fmt"

func g() int { return 0 }

var fs []func(int) int

func main() {
	fmt.Println(fs[0](3))
	fs[1](4)
	fmt.Println(fs[g()](3))
	fmt.Println(fs[len(fs)-1](4))
	fmt.Println(fs[0](fs[1](3)))
}
