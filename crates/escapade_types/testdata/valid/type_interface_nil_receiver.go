// Covers: methods callable on nil pointer receivers, nil-safe methods, interface holding a nil *T.
package main

import "fmt"

type Tree struct {
	L, R *Tree
	V    int
}

func (t *Tree) Sum() int {
	if t == nil {
		return 0
	}
	return t.V + t.L.Sum() + t.R.Sum()
}

func (t *Tree) Depth() int {
	if t == nil {
		return 0
	}
	return 1 + max(t.L.Depth(), t.R.Depth())
}

type Summer interface{ Sum() int }

func main() {
	t := &Tree{V: 1, L: &Tree{V: 2, L: &Tree{V: 4}}, R: &Tree{V: 3}}
	fmt.Println(t.Sum(), t.Depth())
	var empty *Tree
	fmt.Println(empty.Sum(), empty.Depth())
	var s Summer = empty
	fmt.Println(s.Sum(), s != nil)
}
