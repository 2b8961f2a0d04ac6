// generic_: a generic linked list with value and pointer methods, a method
// taking a func, type-set constraints, a generic returning the address of its
// parameter and a constraint with a method called through the dictionary.
package main

import "fmt"

type Num interface{ ~int | ~float64 }

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	v    T
	next *node[T]
}

func (l *List[T]) Add(v T) *node[T] {
	n := &node[T]{v: v, next: l.head}
	l.head = n
	l.size++
	return n
}

func (l List[T]) Len() int { return l.size }

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.v)
	}
}

func Max[T Num](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Ptr[T any](v T) *T { return &v }

func Describe[T fmt.Stringer](xs []T) string {
	s := ""
	for _, x := range xs {
		s += x.String()
	}
	return s
}

type name string

func (n name) String() string { return string(n) }

var keep []*int

func use() {
	var l List[*int]
	a := 1
	l.Add(&a)
	l.Each(func(p *int) { keep = append(keep, p) })
	_ = l.Len()
	var m List[string]
	m.Add("x")
	_ = Max(1, 2)
	_ = Max(1.5, 2.5)
	p := Ptr(3)
	keep = append(keep, p)
	_ = Describe([]name{"a"})
}

func main() { use() }
