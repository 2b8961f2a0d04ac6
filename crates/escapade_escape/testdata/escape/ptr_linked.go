// ptr_: linked structures traversed and modified through pointers.
package main

type node struct {
	v    int
	next *node
}

func insertAfter(n *node, v int) {
	n.next = &node{v: v, next: n.next}
}

func sum(n *node) int {
	t := 0
	for ; n != nil; n = n.next {
		t += n.v
	}
	return t
}

func last(n *node) *node {
	for n.next != nil {
		n = n.next
	}
	return n
}

func main() {}
