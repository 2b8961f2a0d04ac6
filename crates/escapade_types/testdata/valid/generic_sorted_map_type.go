// Covers: a generic ordered map with iterator methods returning iter.Seq2, used with range-over-func.
package main

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
)

type OrderedMap[K cmp.Ordered, V any] struct {
	m map[K]V
}

func NewOrderedMap[K cmp.Ordered, V any]() *OrderedMap[K, V] {
	return &OrderedMap[K, V]{m: map[K]V{}}
}

func (o *OrderedMap[K, V]) Set(k K, v V) { o.m[k] = v }

func (o *OrderedMap[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		keys := make([]K, 0, len(o.m))
		for k := range o.m {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			if !yield(k, o.m[k]) {
				return
			}
		}
	}
}

func main() {
	om := NewOrderedMap[string, int]()
	for i, w := range []string{"pear", "apple", "fig", "kiwi"} {
		om.Set(w, i)
	}
	for k, v := range om.All() {
		fmt.Println(k, v)
		if k == "kiwi" {
			break
		}
	}
}
