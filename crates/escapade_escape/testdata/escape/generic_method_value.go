// generic_: method values of generic types.
package main

type Counter[T any] struct{ n int }

func (c *Counter[T]) Inc() { c.n++ }

var hook func()

func install() {
	c := &Counter[string]{}
	hook = c.Inc
}

func local() int {
	var c Counter[int]
	f := c.Inc
	f()
	return c.n
}

func main() {}
