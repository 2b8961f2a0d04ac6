// Importing os without naming its File type: gc instantiates no std generic, so the
// inliner's lines are the user's only; an embedded field of a type without methods
// promotes nothing (no wrapper inlines anything).
package main

import "os"

type base struct{ id int }

type derived struct {
	base
	name string
}

func home() string {
	return os.Getenv("HOME")
}

func mk(n int) *derived {
	return &derived{base: base{id: n}, name: home()}
}

func main() {
	d := mk(len(os.Args))
	_ = d.id
}
