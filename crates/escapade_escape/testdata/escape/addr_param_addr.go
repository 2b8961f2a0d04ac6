// addr_: taking the address of parameters. An escaping address moves the
// parameter itself (moved to heap: p) instead of printing a leak summary.
package main

var sink **int

func paramAddrEscapes(p *int) {
	sink = &p
}

func paramAddrLocal(p *int) int {
	pp := &p
	return **pp
}

func valueParamAddr(n int) *int {
	return &n
}

func main() {}
