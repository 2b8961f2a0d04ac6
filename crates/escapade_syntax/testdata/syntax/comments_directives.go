// Package main tests comments.
package main

/* block comment */

//go:noinline
func f(x int) int { // trailing
	return x /* inline */ + 1
}

//go:nosplit
//go:linkname g runtime.g
func g()

// Multi-line
// doc comment.
type T struct {
	a int // field comment
	/* between */ b int
}

/*
multi
line
*/
func main() { _ = f(1) }
