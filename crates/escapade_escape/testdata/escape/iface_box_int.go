// iface_: converting a non-pointer value to an interface boxes it; the box
// escapes when the interface is stored globally.
package main

var sink interface{}

func boxInt(n int) {
	sink = n
}

func boxLocal(n int) bool {
	var i interface{} = n
	_, ok := i.(string)
	return ok
}

func boxStruct(a, b int) {
	type pt struct{ x, y int }
	sink = pt{a, b}
}

func main() {}
