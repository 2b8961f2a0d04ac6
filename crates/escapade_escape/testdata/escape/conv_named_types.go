// conv_: conversions between named types with the same underlying pointer
// type pass the value through.
package main

type ip []byte
type handle *int

var sink handle

func asIP(b []byte) ip {
	return ip(b)
}

func asHandle(p *int) {
	sink = handle(p)
}

func asBytes(x ip) []byte {
	return []byte(x)
}

func main() {}
