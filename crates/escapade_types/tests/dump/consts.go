package main

import "fmt"

type Size uint8

const (
	Small Size = iota + 1
	Medium
	Large
)

const Big = 1 << 70
const Ratio = Big / (1 << 68) * 0.5

func main() {
	var s Size = Medium
	x := Ratio
	fmt.Println(s, x, Large, Big>>60)
}
