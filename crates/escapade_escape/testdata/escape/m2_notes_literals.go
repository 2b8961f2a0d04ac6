// m2_: explanation notes for map literal keys/values, array ranges and
// slice-to-array conversions of pointer slices.
package main

var keep map[*int]bool
var sink *int

func keyLit() {
	x := 1
	keep = map[*int]bool{&x: true}
}

func keyLitLocal(p *int) int {
	m := map[*int]int{p: 1}
	return len(m)
}

func rangeArray(a [2]*int) {
	for _, p := range a {
		sink = p
	}
}

func toArray(s []*int) {
	a := [1]*int(s)
	sink = a[0]
}

func main() {}
