// Mistake: calling a pointer method on a non-addressable map element.
package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

func main() {
	counters := map[string]Counter{"a": {}}
	counters["a"].Inc()
	fmt.Println(counters)
}
