// container/list: push/insert/remove/move operations, iteration both ways, Next after Remove,
// operations with elements of another list (ignored), a zero List, PushBackList of itself.
package main

import (
	"container/list"
	"fmt"
)

func dump(l *list.List) []any {
	var out []any
	for e := l.Front(); e != nil; e = e.Next() {
		out = append(out, e.Value)
	}
	return out
}

func back(l *list.List) []any {
	var out []any
	for e := l.Back(); e != nil; e = e.Prev() {
		out = append(out, e.Value)
	}
	return out
}

func main() {
	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	e2 := l.InsertAfter(2, e1)
	fmt.Println(dump(l), back(l), l.Len())
	l.MoveToBack(e1)
	l.MoveToFront(e4)
	l.MoveAfter(e2, e4)
	fmt.Println(dump(l))
	l.MoveBefore(e1, e4)
	fmt.Println(dump(l), l.Front().Value, l.Back().Value)
	fmt.Println(l.Remove(e2), e2.Next() == nil, dump(l), l.Len())
	fmt.Println(l.Remove(e2), l.Len())
	other := list.New()
	x := other.PushBack("x")
	fmt.Println(l.InsertAfter(9, x) == nil, l.Remove(x), other.Len())
	l.MoveToFront(x)
	l.PushBackList(other)
	l.PushFrontList(other)
	fmt.Println(dump(l))
	l.PushBackList(l)
	fmt.Println(dump(l), l.Len())
	var z list.List
	fmt.Println(z.Len(), z.Front() == nil)
	z.PushBack("a")
	z.PushFront("b")
	fmt.Println(dump(&z), z.Len())
	for e := l.Front(); e != nil; {
		next := e.Next()
		if n, ok := e.Value.(int); ok && n%2 == 1 {
			l.Remove(e)
		}
		e = next
	}
	fmt.Println(dump(l), l.Init().Len(), dump(l))
}
