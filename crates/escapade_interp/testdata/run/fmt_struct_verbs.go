// %v, %+v and %#v on structs, nested structs, pointers, slices and maps.
package main

import "fmt"

type Inner struct {
	A int
	B string
}

type Outer struct {
	Name  string
	In    Inner
	Ptr   *Inner
	List  []int
	Attrs map[string]int
	Any   any
}

func main() {
	o := Outer{"o", Inner{1, "x"}, &Inner{2, "y"}, []int{1, 2}, map[string]int{"k": 1}, 3.5}
	fmt.Printf("%v\n", o.In)
	fmt.Printf("%+v\n", o.In)
	fmt.Printf("%#v\n", o.In)
	fmt.Printf("%v %+v\n", o.Ptr, o.Ptr)
	fmt.Printf("%#v\n", o.List)
	fmt.Printf("%#v %#v\n", o.Attrs, o.Any)
	var e Outer
	fmt.Printf("%+v\n", e)
}
