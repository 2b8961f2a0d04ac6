// Covers: automatic dereference for field selectors and method calls via pointers, address of fields, & on composite literals.
package main

import "fmt"

type Inner struct{ V int }
type Outer struct {
	In  Inner
	Ptr *Inner
}

func (i *Inner) Bump() { i.V++ }

func main() {
	o := &Outer{Ptr: &Inner{V: 10}}
	o.In.V = 1    // (*o).In.V
	o.In.Bump()   // (&(*o).In).Bump()
	o.Ptr.Bump()  // pointer field
	pv := &o.In.V // address of nested field
	*pv += 100
	fmt.Println(o.In.V, o.Ptr.V)
	arr := []Inner{{1}, {2}}
	arr[0].Bump()
	fmt.Println(arr)
	m := map[string]*Inner{"k": {5}}
	m["k"].Bump()
	fmt.Println(m["k"].V)
}
