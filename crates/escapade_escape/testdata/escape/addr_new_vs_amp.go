// addr_: new(T) and &T{} are allocation sites with their own verdicts;
// they escape only when the pointer outlives the function.
package main

type node struct {
	val  int
	next *node
}

var head *node

func viaNew() int {
	n := new(node)
	n.val = 1
	return n.val
}

func viaLit() *node {
	return &node{val: 2}
}

func viaLitLocal() int {
	n := &node{val: 3}
	return n.val
}

func pushHead(v int) {
	head = &node{val: v, next: head}
}

func main() {}
