// Covers: pointers, new, address-of composite literals, pointer to pointer, nil pointers, pointer comparison.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func inc(p *int) { *p++ }

func main() {
	x := 1
	p := &x
	inc(p)
	pp := &p
	**pp += 10
	fmt.Println(x, *p == x, p == &x)
	q := new(int)
	*q = 7
	fmt.Println(*q)
	var head *Node
	for i := 3; i > 0; i-- {
		head = &Node{Val: i, Next: head}
	}
	for n := head; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
	}
	fmt.Println()
	var np *Node
	fmt.Println(np == nil)
}
