// Covers: closures as comparison keys, sorting by multiple keys built from closures, stable sort.
package main

import (
	"fmt"
	"sort"
)

type Emp struct {
	Name string
	Dept string
	Pay  int
}

type lessFunc func(a, b *Emp) bool

func orderedBy(less ...lessFunc) func([]Emp) {
	return func(es []Emp) {
		sort.SliceStable(es, func(i, j int) bool {
			a, b := &es[i], &es[j]
			for _, l := range less {
				switch {
				case l(a, b):
					return true
				case l(b, a):
					return false
				}
			}
			return false
		})
	}
}

func main() {
	es := []Emp{{"zed", "ops", 5}, {"amy", "dev", 7}, {"bob", "ops", 7}, {"cat", "dev", 5}}
	byDept := func(a, b *Emp) bool { return a.Dept < b.Dept }
	byPayDesc := func(a, b *Emp) bool { return a.Pay > b.Pay }
	orderedBy(byDept, byPayDesc)(es)
	for _, e := range es {
		fmt.Println(e.Dept, e.Pay, e.Name)
	}
}
