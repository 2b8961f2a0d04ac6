// Reads beside calls that leave them unchanged: gc may read them before or after the calls,
// either way they print the same, so the evaluator runs these statements (src/watch.rs) and
// checks after every call that the values it read still hold. A panic after the calls, or in
// an earlier call's arguments, happens in gc's order too.
package main

import (
	"container/list"
	"fmt"
)

var G, H int

type T struct{ a, b int }

type cache struct {
	items map[string]*list.Element
	ll    *list.List
	n     int
}

func bump() int { H++; return H }

func (c *cache) add(k string) {
	c.n++
	c.items[k] = c.ll.PushFront(k)
}

func f() int { fmt.Println("f ran"); return 1 }

var reg = map[string]int{"a": 1}

func names() []string {
	out := []string{}
	for k := range reg {
		out = append(out, k)
	}
	return out
}

func main() {
	c := make(chan int, 1)
	c <- 5
	p := &T{1, 2}
	s := []int{3, 4}
	fp := func() int { p.b++; return p.b }
	fs := func() int { s[1]++; return s[1] }
	fmt.Println(G, <-c)
	fmt.Println(p.a, fp(), s[0], fs())
	x, y := G, bump()
	fmt.Println(x, y, *p, bump())
	arr := [3]int{7, 8, 9}
	fmt.Println(arr, bump(), s, H)
	ca := &cache{items: map[string]*list.Element{}, ll: list.New()}
	ca.add("a")
	ca.add("b")
	fmt.Println(ca.n, ca.ll.Len(), ca.items["a"].Value)
	// len/cap of a map or channel beside a call that leaves them unchanged.
	fmt.Println(len(reg), names())
	ch := make(chan int, 3)
	ch <- 1
	cp := func() int { return cap(ch) }
	fmt.Println(len(ch), cap(ch), cp())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		i := 5
		fmt.Println(f(), s[i])
	}()
}
