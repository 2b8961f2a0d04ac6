// -m=2 lines gc prints for generated functions the model does not produce: the equality
// function of a type with a string reached from an itab (here through a slice of pointers
// in a sort.Interface), and method value wrappers whose receiver leaks. -m=2 is refused;
// -m stays exact.
package main

import (
	"fmt"
	"sort"
)

type item struct {
	name string
	prio int
}

type byPrio []*item

func (q byPrio) Len() int           { return len(q) }
func (q byPrio) Less(i, j int) bool { return q[i].prio < q[j].prio }
func (q byPrio) Swap(i, j int)      { q[i], q[j] = q[j], q[i] }

type Tally struct{ n int }

var last *Tally

func (t *Tally) Add() { t.n++; last = t }

func repeat(n int, f func()) {
	for i := 0; i < n; i++ {
		f()
	}
}

func main() {
	q := byPrio{{"a", 2}, {"b", 1}}
	sort.Sort(q)
	fmt.Println(q[0].name)
	t := &Tally{}
	repeat(3, t.Add)
	var s fmt.Stringer = q[0]
	str := s.String
	fmt.Println(str(), t.n)
}

func (it *item) String() string { return it.name }
