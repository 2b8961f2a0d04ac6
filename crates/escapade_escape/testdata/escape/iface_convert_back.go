// iface_: interface-to-interface conversions pass the data word through
// without a new allocation.
package main

type named interface{ Name() string }

var sink any

func widen(n named) {
	sink = n
}

func narrow(x any) named {
	return x.(named)
}

func keepLocal(n named) string {
	var a any = n
	return a.(named).Name()
}

func main() {}
