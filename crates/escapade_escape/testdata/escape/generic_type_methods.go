// generic_: every method of an instantiated generic type is compiled (and
// analysed) for its shape, even methods nobody calls; uncalled ones follow
// the declared functions in the order gc's reader instantiates them.
package main

type Bag[T any] struct{ items []T }

func (b *Bag[T]) Add(v T) { b.items = append(b.items, v) }

func (b *Bag[T]) Unused() *T { return new(T) }

func (b Bag[T]) Val() []T { return make([]T, 3) }

func use() int {
	var b Bag[int]
	b.Add(1)
	x := 5
	return len(b.items) + *(&x)
}

func useVal() *int {
	var c Bag[string]
	_ = c
	y := 1
	return &y
}

func main() {}
