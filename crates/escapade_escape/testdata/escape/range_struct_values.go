// range_: ranging over slices of structs: copies of elements; addresses of
// elements via index.
package main

type pt struct {
	x, y int
	tag  *string
}

var sink *pt

func tags(ps []pt) []*string {
	var out []*string
	for _, p := range ps {
		out = append(out, p.tag)
	}
	return out
}

func keepElem(ps []pt) {
	for i := range ps {
		sink = &ps[i]
	}
}

func main() {}
