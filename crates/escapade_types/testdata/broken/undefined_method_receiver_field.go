// Mistake: a method refers to a field without the receiver (Java habit).
package main

import "fmt"

type Counter struct{ count int }

func (c *Counter) Inc() {
	count++
}

func main() {
	c := &Counter{}
	c.Inc()
	fmt.Println(c.count)
}
