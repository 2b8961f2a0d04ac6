// seed_: a linked list built from the heap in a loop.
package main

type node struct {
	v    int
	next *node
}

func build(n int) *node {
	var head *node
	for i := 0; i < n; i++ {
		head = &node{v: i, next: head}
	}
	return head
}

func length(h *node) int {
	n := 0
	for ; h != nil; h = h.next {
		n++
	}
	return n
}

func main() {
	_ = length(build(3))
}
