// method_: promoted methods through embedded structs and embedded pointers.
package main

type base struct{ id int }

func (b *base) ID() int { return b.id }

type derived struct {
	base
	name string
}

type derivedPtr struct {
	*base
}

func useDerived() int {
	var d derived
	return d.ID()
}

func useDerivedPtr(b *base) int {
	d := derivedPtr{b}
	return d.ID()
}

func main() {}
