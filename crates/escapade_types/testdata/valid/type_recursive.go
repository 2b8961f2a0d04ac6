// Covers: recursive types via pointers, slices and maps; mutually recursive types; recursive interfaces.
package main

import (
	"fmt"
	"strings"
)

type Tree struct {
	Val         int
	Left, Right *Tree
}

type Dir struct {
	Name     string
	Children []Dir
	Index    map[string]*Dir
}

type Expr interface {
	Eval() int
	Sub() []Expr
}

type Num int
type Add struct{ A, B Expr }

func (n Num) Eval() int   { return int(n) }
func (n Num) Sub() []Expr { return nil }
func (a Add) Eval() int   { return a.A.Eval() + a.B.Eval() }
func (a Add) Sub() []Expr { return []Expr{a.A, a.B} }

func (t *Tree) Insert(v int) *Tree {
	if t == nil {
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree) InOrder(visit func(int)) {
	if t == nil {
		return
	}
	t.Left.InOrder(visit)
	visit(t.Val)
	t.Right.InOrder(visit)
}

func walk(d Dir, depth int) {
	fmt.Println(strings.Repeat("  ", depth) + d.Name)
	for _, c := range d.Children {
		walk(c, depth+1)
	}
}

func main() {
	var root *Tree
	for _, v := range []int{5, 3, 8, 1, 4} {
		root = root.Insert(v)
	}
	root.InOrder(func(v int) { fmt.Print(v, " ") })
	fmt.Println()
	walk(Dir{Name: "/", Children: []Dir{{Name: "usr", Children: []Dir{{Name: "bin"}}}, {Name: "etc"}}}, 0)
	e := Add{Num(1), Add{Num(2), Num(3)}}
	fmt.Println(e.Eval(), len(e.Sub()))
}
