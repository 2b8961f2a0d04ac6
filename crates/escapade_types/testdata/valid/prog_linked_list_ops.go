// Covers: singly linked list exercises: push, reverse, find middle, detect cycle, print with a Stringer.
package main

import (
	"fmt"
	"strings"
)

type Node struct {
	Val  int
	Next *Node
}

func FromSlice(xs []int) *Node {
	var head *Node
	for i := len(xs) - 1; i >= 0; i-- {
		head = &Node{xs[i], head}
	}
	return head
}

func (n *Node) String() string {
	var parts []string
	for ; n != nil; n = n.Next {
		parts = append(parts, fmt.Sprint(n.Val))
	}
	return strings.Join(parts, " -> ")
}

func Reverse(head *Node) *Node {
	var prev *Node
	for head != nil {
		head, head.Next, prev = head.Next, prev, head
	}
	return prev
}

func Middle(head *Node) *Node {
	slow, fast := head, head
	for fast != nil && fast.Next != nil {
		slow, fast = slow.Next, fast.Next.Next
	}
	return slow
}

func HasCycle(head *Node) bool {
	slow, fast := head, head
	for fast != nil && fast.Next != nil {
		slow, fast = slow.Next, fast.Next.Next
		if slow == fast {
			return true
		}
	}
	return false
}

func main() {
	l := FromSlice([]int{1, 2, 3, 4, 5})
	fmt.Println(l)
	fmt.Println(Middle(l).Val)
	r := Reverse(l)
	fmt.Println(r)
	fmt.Println(HasCycle(r))
	r.Next.Next.Next = r
	fmt.Println(HasCycle(r))
}
