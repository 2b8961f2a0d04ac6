// conv_: explicit conversions to interface types (interface {}(x), any(x),
// error(e)) print the conversion text.
package main

var sink interface{}

type code int

func (c code) Error() string { return "code" }

func explicitEmpty(x int) {
	sink = interface{}(x)
}

func explicitAny(x string) {
	sink = any(x)
}

func explicitError(c code) error {
	return error(c)
}

func main() {}
