// append_: appending to a slice field through a pointer receiver.
package main

type stack struct{ items []*int }

func (s *stack) push(p *int) {
	s.items = append(s.items, p)
}

func (s *stack) pop() *int {
	p := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return p
}

func use() int {
	st := &stack{}
	x := 1
	st.push(&x)
	return *st.pop()
}

func main() {}
