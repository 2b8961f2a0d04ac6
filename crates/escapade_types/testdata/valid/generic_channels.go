// Covers: generic functions over channels: Merge, Collect, generator with directional chan types.
package main

import (
	"fmt"
	"slices"
	"sync"
)

func Generate[T any](xs ...T) <-chan T {
	ch := make(chan T)
	go func() {
		defer close(ch)
		for _, x := range xs {
			ch <- x
		}
	}()
	return ch
}

func Merge[T any](chans ...<-chan T) <-chan T {
	out := make(chan T)
	var wg sync.WaitGroup
	for _, c := range chans {
		wg.Add(1)
		go func(c <-chan T) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func Collect[T any](ch <-chan T) []T {
	var out []T
	for v := range ch {
		out = append(out, v)
	}
	return out
}

func main() {
	all := Collect(Merge(Generate(1, 2, 3), Generate(10, 20)))
	slices.Sort(all)
	fmt.Println(all)
	fmt.Println(Collect(Generate("a", "b")))
}
