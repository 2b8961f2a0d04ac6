// Covers: sync.Pool with New, sync.Map Load/Store/Range, sync.Cond based handoff (deterministic result).
package main

import (
	"bytes"
	"fmt"
	"sort"
	"sync"
)

var bufPool = sync.Pool{New: func() any { return new(bytes.Buffer) }}

func render(name string) string {
	b := bufPool.Get().(*bytes.Buffer)
	defer bufPool.Put(b)
	b.Reset()
	b.WriteString("hello, ")
	b.WriteString(name)
	return b.String()
}

func main() {
	fmt.Println(render("a"), render("b"))
	var m sync.Map
	m.Store("x", 1)
	m.Store("y", 2)
	v, ok := m.Load("x")
	fmt.Println(v, ok)
	actual, loaded := m.LoadOrStore("x", 100)
	fmt.Println(actual, loaded)
	var keys []string
	m.Range(func(k, v any) bool {
		keys = append(keys, k.(string))
		return true
	})
	sort.Strings(keys)
	fmt.Println(keys)
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	go func() {
		mu.Lock()
		ready = true
		mu.Unlock()
		cond.Broadcast()
	}()
	mu.Lock()
	for !ready {
		cond.Wait()
	}
	mu.Unlock()
	fmt.Println("ready", ready)
}
