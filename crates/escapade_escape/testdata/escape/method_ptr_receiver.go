// method_: pointer receivers: a method that stores its receiver makes it
// leak; one that only reads it does not.
package main

type node struct {
	val  int
	next *node
}

var root *node

func (n *node) value() int { return n.val }

func (n *node) install() { root = n }

func (n *node) link(m *node) { n.next = m }

func (n *node) self() *node { return n }

func main() {}
