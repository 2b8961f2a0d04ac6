// value vs pointer receivers; method values and method expressions.
package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Get() int { return c.n }
func (c *Counter) Inc()    { c.n++ }

func main() {
	c := Counter{}
	c.Inc()
	c.Inc()
	fmt.Println(c.Get(), c)
	inc := c.Inc
	inc()
	get := c.Get
	c.Inc()
	fmt.Println(c.n, get())
	f := (*Counter).Inc
	f(&c)
	g := Counter.Get
	fmt.Println(g(c))
}
