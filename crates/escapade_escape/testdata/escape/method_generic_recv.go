// method_: methods with receivers whose fields are slices and maps.
package main

type registry struct {
	names []string
	index map[string]int
}

func (r *registry) add(name string) {
	r.index[name] = len(r.names)
	r.names = append(r.names, name)
}

func (r *registry) lookup(name string) (int, bool) {
	i, ok := r.index[name]
	return i, ok
}

func newRegistry() *registry {
	return &registry{index: map[string]int{}}
}

func main() {}
