// generic_: a generic linked list; nodes allocated in a generic method.
package main

type node[T any] struct {
	val  T
	next *node[T]
}

type List[T any] struct{ head *node[T] }

func (l *List[T]) Push(v T) {
	l.head = &node[T]{val: v, next: l.head}
}

func (l *List[T]) Len() int {
	n := 0
	for p := l.head; p != nil; p = p.next {
		n++
	}
	return n
}

func use() int {
	var l List[string]
	l.Push("a")
	return l.Len()
}

func main() {}
