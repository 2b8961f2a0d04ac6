// range_: taking the address of range keys and values over maps and slices.
package main

var ks []*string
var vs []*int

func addrs(m map[string]int) {
	for k, v := range m {
		ks = append(ks, &k)
		vs = append(vs, &v)
	}
}

func idx(xs []int) []*int {
	var out []*int
	for i := range xs {
		out = append(out, &i)
	}
	return out
}

func main() {}
