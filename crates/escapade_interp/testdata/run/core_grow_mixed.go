// Slices built by appends in generic methods, closures, goroutines, queues and grids: capacities as gc's stack buffers and slice pass give them.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func mapSlice[T, U any](xs []T, f func(T) U) []U {
	var out []U
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func fib(n int) []int {
	if n <= 0 {
		return nil
	}
	r := fib(n - 1)
	return append(r, n)
}

func main() {
	var st Stack[string]
	st.Push("a")
	st.Push("b")
	fmt.Println(len(st.items), cap(st.items))
	sq := mapSlice([]int{1, 2, 3}, func(i int) int { return i * i })
	fmt.Println(sq, len(sq))
	s := []int{1, 2, 3, 4, 5}
	s = append(s[:1], s[2:]...)
	fmt.Println(s, len(s), cap(s))
	c := append([]int{}, s...)
	fmt.Println(c, len(c), cap(c))
	var words []string
	for _, w := range strings.Fields("b c a") {
		words = append(words, w)
	}
	sort.Strings(words)
	fmt.Println(words, cap(words))
	done := make(chan []int)
	go func() {
		var r []int
		for i := 0; i < 3; i++ {
			r = append(r, i)
		}
		done <- r
	}()
	got := <-done
	fmt.Println(got, cap(got))
	var deferred []int
	func() {
		defer func() { deferred = append(deferred, 9) }()
		deferred = append(deferred, 1)
	}()
	fmt.Println(deferred)
	grid := make([][]int, 2)
	for i := range grid {
		for j := 0; j < 3; j++ {
			grid[i] = append(grid[i], j)
		}
	}
	fmt.Println(grid, cap(grid[0]), cap(grid[1]))
	var q []int
	for i := 0; i < 5; i++ {
		q = append(q, i)
		if len(q) > 2 {
			q = q[1:]
		}
	}
	fmt.Println(q, cap(q))
	var ss []string
	for i := 0; i < 3; i++ {
		ss = append(ss, strings.Repeat("x", i))
	}
	out := strings.Join(ss, ",")
	fmt.Println(out, cap(ss))
}
