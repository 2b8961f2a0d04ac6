// Mistake: assigning a value where a pointer is expected (forgot &).
package main

import "fmt"

type Node struct{ Val int }

func main() {
	var p *Node
	n := Node{Val: 1}
	p = n
	fmt.Println(p.Val)
}
