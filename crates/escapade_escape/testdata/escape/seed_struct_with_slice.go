// seed_: a struct holding a slice and a map, built locally or returned.
package main

type index struct {
	keys []string
	pos  map[string]int
}

func newIndex(ws []string) *index {
	ix := &index{pos: make(map[string]int)}
	for i, w := range ws {
		ix.keys = append(ix.keys, w)
		ix.pos[w] = i
	}
	return ix
}

func size(ws []string) int {
	ix := index{pos: map[string]int{}}
	for i, w := range ws {
		ix.pos[w] = i
	}
	return len(ix.pos)
}

func main() {
	_ = newIndex([]string{"a"})
	_ = size([]string{"b"})
}
