// conv_: strings boxed into interfaces (a string header box is allocated).
package main

var sink interface{}

func box(s string) {
	sink = s
}

func boxConcat(a, b string) {
	sink = a + b
}

func boxSub(s string) {
	sink = s[1:]
}

func main() {}
