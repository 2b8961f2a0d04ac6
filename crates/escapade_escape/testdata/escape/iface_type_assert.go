// iface_: type assertions to concrete and interface types; the asserted
// value flows to where the result goes.
package main

var sinkP *int

func assertPtr(i interface{}) {
	if p, ok := i.(*int); ok {
		sinkP = p
	}
}

func assertVal(i interface{}) int {
	return i.(int)
}

func assertStringer(i interface{}) string {
	if s, ok := i.(interface{ String() string }); ok {
		return s.String()
	}
	return ""
}

func main() {}
