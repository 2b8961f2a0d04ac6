// iface_: interface-typed parameters: kept, returned, or only inspected.
package main

var sink interface{}

func keepIt(x interface{}) {
	sink = x
}

func passThrough(x interface{}) interface{} {
	return x
}

func isNil(x interface{}) bool {
	return x == nil
}

func callKeep(v int) {
	keepIt(v)
}

func main() {}
