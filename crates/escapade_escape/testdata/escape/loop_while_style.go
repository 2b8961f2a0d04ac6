// loop_: condition-only and infinite loops with breaks.
package main

type node struct{ next *node }

func tail(n *node) *node {
	for n.next != nil {
		n = n.next
	}
	return n
}

func spin(ch chan *int) *int {
	for {
		if p := <-ch; p != nil {
			return p
		}
	}
}

func main() {}
