// map_: ranging over maps: keys and values copied out; taking their
// addresses moves them.
package main

var sink *string

func keys(m map[string]int) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

func addrOfKey(m map[string]int) {
	for k := range m {
		sink = &k
	}
}

func total(m map[string]int) int {
	t := 0
	for _, v := range m {
		t += v
	}
	return t
}

func main() {}
