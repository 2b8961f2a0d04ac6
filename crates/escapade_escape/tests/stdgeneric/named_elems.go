// Named element types give the slice/map type argument its own shape
// (go.shape.[]main.Celsius, go.shape.[]*main.node): served from the recorded
// instantiation with the elements' underlying types, renamed.
package main

import (
	"maps"
	"slices"
)

type Celsius float64

type Name string

type node struct {
	id   int
	next *node
}

func sortTemps(ts []Celsius) Celsius {
	slices.Sort(ts)
	return slices.Max(ts)
}

func hasName(ns []Name, n Name) bool {
	return slices.Contains(ns, n)
}

func sortNodes(ns []*node) {
	slices.SortFunc(ns, func(a, b *node) int { return a.id - b.id })
}

func findNode(ns []*node, n *node) []*node {
	i := slices.Index(ns, n)
	return slices.Delete(ns, i, i+1)
}

func byName(m map[string]*node) []string {
	return slices.Sorted(maps.Keys(m))
}

func copyNodes(m map[string]*node) map[string]*node {
	return maps.Clone(m)
}

func main() {
	_ = sortTemps([]Celsius{2, 1})
	_ = hasName([]Name{"a"}, "a")
	n := &node{id: 1}
	sortNodes([]*node{n})
	_ = findNode([]*node{n}, n)
	_ = byName(map[string]*node{"a": n})
	_ = copyNodes(map[string]*node{"a": n})
}
