// addr_: several variables declared together; only those whose address
// escapes are reported (column = each identifier).
package main

var keep []*int

func multi() int {
	a, b, c := 1, 2, 3
	keep = append(keep, &b)
	return a + c
}

func varBlock() {
	var (
		u int
		v int
		w int
	)
	keep = append(keep, &u, &w)
	v++
	_ = v
}

func main() {}
