// struct_: nested structs and pointers to nested fields.
package main

type inner struct{ v *int }
type outer struct {
	in  inner
	ptr *inner
}

func nestedValue(o outer) *int { return o.in.v }

func nestedPtr(o *outer) *int { return o.ptr.v }

func build() *outer {
	x := 1
	return &outer{in: inner{v: &x}}
}

func main() {}
