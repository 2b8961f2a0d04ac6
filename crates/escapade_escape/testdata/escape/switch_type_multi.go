// switch_: type switch with multi-type cases (variable keeps the interface
// type) and a default.
package main

var sink any

func classify(x any) int {
	switch v := x.(type) {
	case int, int64:
		sink = v
		return 1
	case *string:
		return len(*v)
	default:
		return 0
	}
}

func main() {}
