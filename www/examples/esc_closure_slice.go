// Closures capturing slices. Compare with `go build -gcflags='-m -l'`.
package main

import "fmt"

// The closure only reads buf and is called in place: neither the func
// literal nor the backing array escapes.
func total() int {
	buf := make([]int, 8)
	sum := func() int {
		t := 0
		for _, v := range buf {
			t += v
		}
		return t
	}
	return sum()
}

// Returned closures that append to a captured slice: buf is reassigned
// inside a closure, so gc reports "moved to heap: buf", and its backing
// array escapes to heap. go1.27.3 also reports "append escapes to heap"
// on the append; go1.23.9 does not print that line.
func collector() (func(int), func() []int) {
	buf := make([]int, 0, 4)
	add := func(v int) { buf = append(buf, v) }
	get := func() []int { return buf }
	return add, get
}

// A returned closure that only reads a captured slice: data is not moved
// to heap (it is never reassigned), but its backing array []int{...}
// escapes to heap with the closure.
func reader() func(int) int {
	data := []int{10, 20, 30}
	return func(i int) int { return data[i] }
}

func main() {
	add, get := collector()
	add(1)
	add(2)
	fmt.Println(total(), get(), reader()(1))
}
