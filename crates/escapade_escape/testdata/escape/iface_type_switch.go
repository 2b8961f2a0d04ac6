// iface_: a type switch binds a case variable per clause; moved-to-heap for
// a type-switch variable is reported at the case's type.
package main

var sinkAny any
var sinkStr *string

func sw(x any) int {
	switch v := x.(type) {
	case int:
		return v
	case string:
		sinkStr = &v
		return len(v)
	case []int:
		return len(v)
	}
	return 0
}

func swForward(x any) {
	switch v := x.(type) {
	case *int:
		sinkAny = v
	}
}

func main() {}
