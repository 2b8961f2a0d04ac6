// map_: keys and values stored into a map always escape (map put → heap);
// lookups and deletes do not.
package main

func putPtr(m map[string]*int) {
	v := 1
	m["k"] = &v
}

func putKey(m map[*int]bool) {
	k := 2
	m[&k] = true
}

func lookup(m map[string]*int, k string) *int {
	return m[k]
}

func remove(m map[string]int, k string) {
	delete(m, k)
}

func main() {}
