// Covers: generic interfaces, generic types implementing generic interfaces, instantiated interface as constraint.
package main

import "fmt"

type Container[T any] interface {
	Put(T)
	Items() []T
}

type Bag[T any] struct{ xs []T }

func (b *Bag[T]) Put(v T)    { b.xs = append(b.xs, v) }
func (b *Bag[T]) Items() []T { return b.xs }

type Unique[T comparable] struct {
	seen map[T]bool
	xs   []T
}

func (u *Unique[T]) Put(v T) {
	if u.seen == nil {
		u.seen = map[T]bool{}
	}
	if !u.seen[v] {
		u.seen[v] = true
		u.xs = append(u.xs, v)
	}
}
func (u *Unique[T]) Items() []T { return u.xs }

func Fill[T any, C Container[T]](c C, vs ...T) C {
	for _, v := range vs {
		c.Put(v)
	}
	return c
}

func main() {
	var c Container[int] = &Bag[int]{}
	c.Put(1)
	c.Put(1)
	fmt.Println(c.Items())
	u := Fill(&Unique[string]{}, "a", "b", "a")
	fmt.Println(u.Items())
	b := Fill[int](&Bag[int]{}, 4, 5)
	fmt.Println(len(b.Items()))
}
