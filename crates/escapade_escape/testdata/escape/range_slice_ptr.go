// range_: ranging over slices of pointers: the element variable carries the
// slice contents (range-deref).
package main

var sink *int

func firstNonNil(ps []*int) *int {
	for _, p := range ps {
		if p != nil {
			return p
		}
	}
	return nil
}

func storeAll(ps []*int) {
	for _, p := range ps {
		sink = p
	}
}

func main() {}
