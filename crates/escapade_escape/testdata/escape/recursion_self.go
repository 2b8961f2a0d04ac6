// recursion_: self-recursive functions form their own SCC; leaks computed
// through the recursive call.
package main

type tree struct {
	left, right *tree
	v           int
}

func find(t *tree, v int) *tree {
	if t == nil || t.v == v {
		return t
	}
	if v < t.v {
		return find(t.left, v)
	}
	return find(t.right, v)
}

func depth(t *tree) int {
	if t == nil {
		return 0
	}
	return 1 + max(depth(t.left), depth(t.right))
}

func main() {}
