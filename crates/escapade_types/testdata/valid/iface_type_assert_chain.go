// Covers: optional interface upgrade via type assertion (io.WriterTo style), interface-to-interface assertion.
package main

import (
	"fmt"
	"strings"
)

type Source interface{ Next() (string, bool) }
type Sized interface{ Size() int }

type sliceSource struct {
	items []string
	i     int
}

func (s *sliceSource) Next() (string, bool) {
	if s.i >= len(s.items) {
		return "", false
	}
	s.i++
	return s.items[s.i-1], true
}

func (s *sliceSource) Size() int { return len(s.items) }

type genSource struct{ n int }

func (g *genSource) Next() (string, bool) {
	if g.n == 0 {
		return "", false
	}
	g.n--
	return "g", true
}

func drain(src Source) string {
	var b strings.Builder
	if sz, ok := src.(Sized); ok {
		b.Grow(sz.Size())
		fmt.Print("(sized ", sz.Size(), ") ")
	}
	for s, ok := src.Next(); ok; s, ok = src.Next() {
		b.WriteString(s)
	}
	return b.String()
}

func main() {
	fmt.Println(drain(&sliceSource{items: []string{"a", "b", "c"}}))
	fmt.Println(drain(&genSource{3}))
}
