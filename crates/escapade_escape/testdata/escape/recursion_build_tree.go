// recursion_: recursively allocating a tree.
package main

type node struct {
	kids []*node
	v    int
}

func build(d int) *node {
	n := &node{v: d}
	if d > 0 {
		n.kids = append(n.kids, build(d-1), build(d-1))
	}
	return n
}

func main() {}
