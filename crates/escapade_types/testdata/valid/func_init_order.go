// Covers: package-level variable initialization order by dependency, multiple init functions.
package main

import "fmt"

var (
	a = c + b // initialized after b and c
	b = f()
	c = 1
	d = 3
)

var trace []string

func f() int {
	trace = append(trace, "f")
	return d + 1
}

func init() { trace = append(trace, "init1") }
func init() { trace = append(trace, "init2") }

func main() {
	fmt.Println(a, b, c, d)
	fmt.Println(trace)
}
