// sync.Map operations and sync.Pool's Get/Put order (one P, no garbage collection in between).
package main

import (
	"fmt"
	"sort"
	"sync"
)

type item struct{ id int }

func main() {
	var m sync.Map
	m.Store("a", 1)
	m.Store(2, "two")
	v, ok := m.Load("a")
	fmt.Println(v, ok)
	v, ok = m.Load("zz")
	fmt.Println(v, ok)
	act, loaded := m.LoadOrStore("a", 100)
	fmt.Println(act, loaded)
	act, loaded = m.LoadOrStore("b", 200)
	fmt.Println(act, loaded)
	prev, loaded := m.Swap("b", 201)
	fmt.Println(prev, loaded)
	prev, loaded = m.Swap("c", 300)
	fmt.Println(prev, loaded)
	fmt.Println(m.CompareAndSwap("c", 300, 301), m.CompareAndSwap("c", 300, 302))
	fmt.Println(m.CompareAndDelete(2, "x"), m.CompareAndDelete(2, "two"))
	v, loaded = m.LoadAndDelete("a")
	fmt.Println(v, loaded)
	var keys []string
	n := 0
	m.Range(func(k, v any) bool {
		keys = append(keys, fmt.Sprint(k, "=", v))
		n++
		return true
	})
	sort.Strings(keys)
	fmt.Println(keys, n)
	stops := 0
	m.Range(func(k, v any) bool {
		stops++
		return false
	})
	fmt.Println(stops)
	m.Delete("b")
	m.Clear()
	_, ok = m.Load("c")
	fmt.Println(ok)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		m.Store([]int{1}, 1)
	}()
	var p sync.Pool
	fmt.Println(p.Get())
	p.Put(&item{1})
	p.Put(&item{2})
	p.Put(&item{3})
	g1 := p.Get().(*item).id
	g2 := p.Get().(*item).id
	g3 := p.Get().(*item).id
	fmt.Println(g1, g2, g3, p.Get())
	made := 0
	q := sync.Pool{New: func() any { made++; return &item{100 + made} }}
	a := q.Get().(*item)
	q.Put(a)
	b := q.Get().(*item)
	c := q.Get().(*item)
	same := a == b
	fmt.Println(a.id, b.id, c.id, same, made)
	q.Put(nil)
	last := q.Get().(*item)
	fmt.Println(last.id)
}
