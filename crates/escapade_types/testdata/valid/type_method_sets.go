// Covers: method sets of T vs *T, which values satisfy an interface, addressability of variables.
package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc()      { c.n++ }
func (c Counter) Value() int { return c.n }

type Incrementer interface{ Inc() }
type Valuer interface{ Value() int }

func main() {
	var c Counter
	c.Inc() // (&c).Inc()
	c.Inc()
	var inc Incrementer = &c // only *Counter has Inc
	inc.Inc()
	var v1 Valuer = c  // Counter has Value
	var v2 Valuer = &c // *Counter has Value too
	fmt.Println(c.Value(), v1.Value(), v2.Value())
	p := &c
	fmt.Println(p.Value()) // (*p).Value()
	counters := []Counter{{}, {}}
	counters[1].Inc() // slice elements are addressable
	fmt.Println(counters[0].n, counters[1].n)
}
