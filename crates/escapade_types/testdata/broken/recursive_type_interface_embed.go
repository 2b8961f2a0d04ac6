// Mistake: an interface that embeds itself.
package main

import "fmt"

type Node interface {
	Node
	Value() int
}

func main() {
	var n Node
	fmt.Println(n == nil)
}
