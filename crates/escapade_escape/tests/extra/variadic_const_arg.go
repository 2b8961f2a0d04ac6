package main

import "fmt"

var sink any

func main() {
	n := 255
	s := "x"
	fmt.Printf("%d %s\n", n, s)
	sink = n
}
