// Covers: method values passed as funcs to goroutines and callbacks, interface method values.
package main

import (
	"fmt"
	"sync"
)

type Tally struct {
	mu sync.Mutex
	n  int
}

func (t *Tally) Add() {
	t.mu.Lock()
	t.n++
	t.mu.Unlock()
}

func repeat(n int, f func()) {
	var wg sync.WaitGroup
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			f()
		}()
	}
	wg.Wait()
}

func main() {
	t := &Tally{}
	repeat(50, t.Add)
	fmt.Println(t.n)
	var s fmt.Stringer = stringerFunc(func() string { return "via iface" })
	f := s.String
	fmt.Println(f())
}

type stringerFunc func() string

func (f stringerFunc) String() string { return f() }
