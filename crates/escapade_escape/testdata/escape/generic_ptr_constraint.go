// generic_: the pointer-method constraint pattern PT interface{ *T; M() }.
package main

type setter[T any] interface {
	*T
	Set(int)
}

type cell struct{ v int }

func (c *cell) Set(v int) { c.v = v }

func Make[T any, PT setter[T]](v int) T {
	var t T
	PT(&t).Set(v)
	return t
}

func use() int {
	c := Make[cell](3)
	return c.v
}

func main() {}
