// slice_: slices of structs containing pointers, built locally or returned.
package main

type item struct {
	name string
	val  *int
}

func items() []item {
	x := 1
	return []item{{name: "a", val: &x}}
}

func countItems() int {
	y := 2
	its := []item{{name: "b", val: &y}}
	return len(its)
}

func names(its []item) []string {
	out := make([]string, 0, len(its))
	for _, it := range its {
		out = append(out, it.name)
	}
	return out
}

func main() {}
