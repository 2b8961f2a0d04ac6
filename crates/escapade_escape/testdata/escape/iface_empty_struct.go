// iface_: zero-sized values and constants converted to interfaces need no
// allocation; compare with a small non-constant value.
package main

var sink interface{}

type empty struct{}

func zeroSized() {
	sink = empty{}
}

func constant() {
	sink = 42
}

func nonConst(b byte) {
	sink = b
}

func boolConst(x int) {
	sink = x > 0
}

func main() {}
