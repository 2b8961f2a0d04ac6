// constraints with methods and comparable; generic map helpers with sorted output.
package main

import (
	"fmt"
	"sort"
)

type Shower interface{ Show() string }

type N int

func (n N) Show() string { return fmt.Sprintf("<%d>", int(n)) }

func ShowAll[T Shower](xs []T) []string {
	var out []string
	for _, x := range xs {
		out = append(out, x.Show())
	}
	return out
}

func Keys[K comparable, V any](m map[K]V) []K {
	ks := make([]K, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

func Index[T comparable](xs []T, x T) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

func main() {
	fmt.Println(ShowAll([]N{1, 2}))
	ks := Keys(map[string]int{"b": 1, "a": 2})
	sort.Strings(ks)
	fmt.Println(ks, Index([]string{"x", "y"}, "y"), Index([]float64{1}, 2))
}
