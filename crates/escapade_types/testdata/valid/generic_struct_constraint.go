// Covers: generic functions over slices with ~[]E constraints preserving the named slice type (slices-style signature).
package main

import (
	"fmt"
	"strings"
)

type Names []string

func (n Names) String() string { return strings.Join(n, "/") }

func Filter[S ~[]E, E any](s S, keep func(E) bool) S {
	var out S
	for _, v := range s {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

func Last[S ~[]E, E any](s S) (E, bool) {
	if len(s) == 0 {
		var zero E
		return zero, false
	}
	return s[len(s)-1], true
}

func main() {
	n := Names{"ann", "bob", "al"}
	short := Filter(n, func(s string) bool { return len(s) < 3 })
	fmt.Println(short.String(), len(short))
	fmt.Println(Last(n))
	fmt.Println(Last([]int{}))
}
