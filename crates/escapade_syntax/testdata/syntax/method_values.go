package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Add(d int) { c.n += d }
func (c Counter) Get() int   { return c.n }

func main() {
	var c Counter
	add := c.Add
	add(2)
	get := Counter.Get
	addExpr := (*Counter).Add
	addExpr(&c, 3)
	fmt.Println(get(c), c.Get)
	var s fmt.Stringer
	m := fmt.Stringer.String
	_, _ = s, m
}
