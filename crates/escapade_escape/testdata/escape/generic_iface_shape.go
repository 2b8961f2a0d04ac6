// generic_: interface type arguments with methods: the shape is the interface
// (methods sorted, unexported ones qualified by the package).
package main

import "fmt"

var sink any

func Keep[T any](v T) { sink = v }

type multi interface {
	Len() int
	At(i int) (string, error)
}

func use(s fmt.Stringer, e error, m multi) {
	Keep(s)
	Keep(e)
	Keep(m)
}

func main() {}
