package main

type Node struct{ next *Node }

func main() {
	var p *int
	var pp **int = &p
	x := 5
	p = &x
	**pp = 6
	*p++
	n := &Node{}
	n.next = new(Node)
	var f func(*int) *string
	_ = f
	_ = (*int)(nil)
	_ = (*Node).String
}

func (n *Node) String() string { return "" }
