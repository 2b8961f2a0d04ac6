// pointers, channels and structs holding them as map keys; NaN and ±0 float keys; unhashable interface keys panic.
package main

import (
	"fmt"
	"math"
)

type node struct {
	name string
	next *node
}

type edge struct {
	from, to *node
}

type T struct{ a, b int }

func main() {
	a, b := &node{name: "a"}, &node{name: "b"}
	a.next = b
	seen := map[*node]int{}
	seen[a]++
	seen[b]++
	seen[a.next]++
	fmt.Println(len(seen), seen[a], seen[b], seen[nil])
	seen[nil] = 7
	fmt.Println(len(seen), seen[nil])
	edges := map[edge]bool{{a, b}: true}
	fmt.Println(edges[edge{a, b}], edges[edge{b, a}], edges[edge{a, a.next}])
	arr := [3]T{}
	fields := map[*int]string{&arr[0].a: "a0", &arr[0].b: "b0", &arr[1].a: "a1"}
	s := arr[:]
	fmt.Println(len(fields), fields[&s[0].a], fields[&arr[1].a], fields[&s[1].b] == "")
	sl := []int{1, 2, 3}
	elems := map[*int]int{}
	for i := range sl {
		elems[&sl[i]] = i
	}
	fmt.Println(len(elems), elems[&sl[2]], elems[&sl[1:][0]])
	c1, c2 := make(chan int), make(chan int, 1)
	var c3 chan int
	chans := map[chan int]string{c1: "c1", c2: "c2", c3: "nil"}
	fmt.Println(chans[c1], chans[c2], chans[nil], len(chans))
	byAny := map[any]int{a: 1, b: 2, c1: 3, 1: 4, "x": 5, T{1, 2}: 6, [2]int{1, 2}: 7}
	fmt.Println(len(byAny), byAny[a], byAny[b], byAny[c1], byAny[T{1, 2}], byAny[[2]int{1, 2}], byAny[[2]int{2, 1}])
	f := map[float64]int{}
	nan := math.NaN()
	f[nan] = 1
	f[nan] = 2
	f[0.0] = 3
	f[math.Copysign(0, -1)] = 4
	fmt.Println(len(f), f[nan], f[0])
	sum := 0
	for k, v := range f {
		if k != k {
			sum += v
		}
	}
	fmt.Println(sum)
	delete(f, nan)
	fmt.Println(len(f))
	clear(f)
	fmt.Println(len(f))
	defer func() { fmt.Println("recovered:", recover()) }()
	byAny[[]int{1}] = 8
}
