// Covers: container/list MoveToBack/MoveBefore/PushBackList/Remove during iteration, container/ring Do/Move.
package main

import (
	"container/list"
	"container/ring"
	"fmt"
)

func dump(l *list.List) []any {
	var out []any
	for e := l.Front(); e != nil; e = e.Next() {
		out = append(out, e.Value)
	}
	return out
}

func main() {
	l := list.New()
	for i := 1; i <= 5; i++ {
		l.PushBack(i)
	}
	l.MoveToBack(l.Front())
	l.MoveBefore(l.Back(), l.Front())
	fmt.Println(dump(l))
	for e := l.Front(); e != nil; {
		next := e.Next()
		if e.Value.(int)%2 == 0 {
			l.Remove(e)
		}
		e = next
	}
	other := list.New()
	other.PushBack("x")
	l.PushBackList(other)
	fmt.Println(dump(l), l.Len())
	r := ring.New(4)
	for i := 0; i < r.Len(); i++ {
		r.Value = i * 10
		r = r.Next()
	}
	r = r.Move(2)
	r.Do(func(v any) { fmt.Print(v, " ") })
	fmt.Println()
}
