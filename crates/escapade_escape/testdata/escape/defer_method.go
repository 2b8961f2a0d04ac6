// defer_: deferring method calls on local and parameter receivers.
package main

import "sync"

type guarded struct {
	mu sync.Mutex
	n  int
}

func (g *guarded) inc() {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.n++
}

func local() int {
	var mu sync.Mutex
	mu.Lock()
	defer mu.Unlock()
	return 1
}

func main() {
	g := &guarded{}
	g.inc()
	_ = local()
}
