// Covers: methods on named slice, map and func types; methods on named basic types; receiver named types only.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type IntList []int
type Registry map[string]int
type Pred func(int) bool
type Path string

func (l IntList) Sum() (s int) {
	for _, v := range l {
		s += v
	}
	return
}

func (l *IntList) Append(v int) { *l = append(*l, v) }

func (r Registry) Names() []string {
	names := make([]string, 0, len(r))
	for k := range r {
		names = append(names, k)
	}
	sort.Strings(names)
	return names
}

func (p Pred) Not() Pred { return func(n int) bool { return !p(n) } }

func (p Path) Base() string {
	s := string(p)
	if i := strings.LastIndex(s, "/"); i >= 0 {
		return s[i+1:]
	}
	return s
}

func main() {
	var l IntList
	l.Append(3)
	l.Append(4)
	fmt.Println(l.Sum(), len(l))
	r := Registry{"b": 1, "a": 2}
	fmt.Println(r.Names())
	even := Pred(func(n int) bool { return n%2 == 0 })
	fmt.Println(even(4), even.Not()(4))
	fmt.Println(Path("/usr/local/bin").Base(), Path("x").Base())
}
