// Mistake: a struct that contains itself by value.
package main

import "fmt"

type Node struct {
	Val  int
	Next Node
}

func main() {
	var n Node
	fmt.Println(n.Val)
}
