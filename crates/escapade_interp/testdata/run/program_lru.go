// an LRU cache built from a map and a slice, with eviction order printed.
package main

import "fmt"

type LRU struct {
	cap   int
	order []string
	data  map[string]int
}

func (c *LRU) touch(k string) {
	for i, x := range c.order {
		if x == k {
			c.order = append(c.order[:i], c.order[i+1:]...)
			break
		}
	}
	c.order = append(c.order, k)
}

func (c *LRU) Put(k string, v int) {
	if _, ok := c.data[k]; !ok && len(c.data) == c.cap {
		old := c.order[0]
		c.order = c.order[1:]
		delete(c.data, old)
		fmt.Println("evict", old)
	}
	c.data[k] = v
	c.touch(k)
}

func (c *LRU) Get(k string) (int, bool) {
	v, ok := c.data[k]
	if ok {
		c.touch(k)
	}
	return v, ok
}

func main() {
	c := &LRU{cap: 2, data: map[string]int{}}
	c.Put("a", 1)
	c.Put("b", 2)
	c.Get("a")
	c.Put("c", 3)
	_, okB := c.Get("b")
	fmt.Println(okB, c.order, c.data)
}
