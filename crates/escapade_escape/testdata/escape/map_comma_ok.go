// map_: comma-ok lookups into existing variables (assign-pair-mapr).
package main

var sink *int

func lookupPair(m map[string]*int) bool {
	var p *int
	var ok bool
	p, ok = m["x"]
	if ok {
		sink = p
	}
	return ok
}

func lookupLocal(m map[string]int) int {
	v, ok := m["y"]
	if !ok {
		return -1
	}
	return v
}

func main() {}
