// std_: sync.Mutex locals whose Lock/Unlock receivers leak are moved to the
// heap; a mutex field in a pointer struct is not reported.
package main

import "sync"

type counter struct {
	mu sync.Mutex
	n  int
}

func (c *counter) inc() {
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
}

func localMutex() int {
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	return 0
}

func main() {
	c := &counter{}
	c.inc()
	_ = localMutex()
}
