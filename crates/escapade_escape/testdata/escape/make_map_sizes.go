// make_: make(map) variants: local small map, hint constant/variable, and a
// map stored into a struct that is returned.
package main

type cache struct{ m map[string][]byte }

func newCache(n int) *cache {
	return &cache{m: make(map[string][]byte, n)}
}

func localSmall() int {
	m := make(map[byte]byte)
	m[1] = 2
	return len(m)
}

func main() {}
