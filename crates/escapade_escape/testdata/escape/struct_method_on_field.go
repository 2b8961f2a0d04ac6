// struct_: calling pointer methods on struct fields (implicit &s.f).
package main

type counter struct{ n int }

func (c *counter) inc() { c.n++ }

type stats struct {
	hits, misses counter
}

func record(hit bool) int {
	var s stats
	if hit {
		s.hits.inc()
	} else {
		s.misses.inc()
	}
	return s.hits.n
}

func main() {}
