// iface_: comma-ok type assertion into existing variables (assign-pair-dot-type).
package main

var sinkP *int

func pairAssert(x any) bool {
	var p *int
	var ok bool
	p, ok = x.(*int)
	if ok {
		sinkP = p
	}
	return ok
}

func main() {}
