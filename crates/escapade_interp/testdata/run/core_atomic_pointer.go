// sync/atomic's Pointer[T] (load, store, swap, compare-and-swap by identity) and Value.
package main

import (
	"fmt"
	"sync/atomic"
)

type Config struct {
	Name  string
	Level int
}

type holder struct {
	cur atomic.Pointer[Config]
	n   atomic.Int32
}

func main() {
	var p atomic.Pointer[Config]
	fmt.Println(p.Load() == nil)
	a := &Config{"a", 1}
	b := &Config{"b", 2}
	p.Store(a)
	fmt.Println(p.Load().Name, p.Load() == a)
	fmt.Println(p.CompareAndSwap(b, b), p.Load().Name)
	fmt.Println(p.CompareAndSwap(a, b), p.Load().Name)
	old := p.Swap(nil)
	fmt.Println(old.Name, p.Load() == nil, p.CompareAndSwap(nil, a), p.Load().Level)
	var h holder
	h.cur.Store(&Config{Name: "h"})
	h.n.Add(3)
	fmt.Println(h.cur.Load().Name, h.n.Load())
	var v atomic.Value
	fmt.Println(v.Load() == nil)
	v.Store(42)
	fmt.Println(v.Load().(int) + 1)
	fmt.Println(v.Swap(7), v.Load())
	var cfg atomic.Value
	cfg.Store(Config{"c", 3})
	fmt.Printf("%+v\n", cfg.Load().(Config))
}
