// iface_: forms of gc's static devirtualization: explicit conversions, pointers
// calling value methods, and interfaces gc cannot resolve (parameters, two
// different assignments, address taken).
package main

type namer interface{ name() string }

type cat struct{ n string }

func (c cat) name() string { return c.n }

type bird struct{ n *string }

func (b *bird) name() string { return *b.n }

func explicit(s string) string {
	v := namer(cat{s})
	return v.name()
}

func ptrValueMethod(s string) string {
	var v namer = &cat{s}
	return v.name()
}

func ptrMethod(s string) string {
	var v namer = &bird{&s}
	return v.name()
}

func param(v namer) string {
	return v.name()
}

func twoTypes(c bool, s string) string {
	var v namer = cat{s}
	if c {
		v = &bird{&s}
	}
	return v.name()
}

func addrTaken(s string) string {
	v := namer(cat{s})
	p := &v
	_ = p
	return v.name()
}

func main() {}
