// defer_: the open/defer-close pattern with a local resource struct.
package main

type resource struct {
	name string
	open bool
}

func (r *resource) Close() error {
	r.open = false
	return nil
}

func use(name string) int {
	r := &resource{name: name, open: true}
	defer r.Close()
	return len(r.name)
}

func main() {}
