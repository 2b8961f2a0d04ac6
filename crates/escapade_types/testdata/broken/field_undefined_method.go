// Mistake: calling a method that the type does not have.
package main

import "fmt"

type Stack struct{ items []int }

func (s *Stack) Push(v int) { s.items = append(s.items, v) }

func main() {
	s := &Stack{}
	s.Push(1)
	fmt.Println(s.Pop())
}
