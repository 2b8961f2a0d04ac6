// iface_: method wrappers gc generates for a struct embedding an interface:
// S.M and (*S).M forward to the embedded field, after the interface's I.M.
package main

type store interface {
	Put(key string, v *int)
	Get(string) *int
}

type cache struct {
	store
	hits int
}

type plain struct{ n int }

func (p plain) Value() int { return p.n }

func hit(c *cache, k string) *int {
	c.hits++
	return c.Get(k)
}

func main() {}
