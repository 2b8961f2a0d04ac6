// method_: methods called on nil pointers and on composite literals.
package main

type tree struct {
	left, right *tree
	v           int
}

func (t *tree) sum() int {
	if t == nil {
		return 0
	}
	return t.v + t.left.sum() + t.right.sum()
}

func small() int {
	t := &tree{v: 1, left: &tree{v: 2}}
	return t.sum()
}

func main() {}
