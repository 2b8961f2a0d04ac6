// string_: leaking strings through pointers to strings (content leaks).
package main

var sink string

func deref(p *string) {
	sink = *p
}

func ret(p *string) string {
	return *p
}

func retPtr(pp **string) *string {
	return *pp
}

func main() {}
