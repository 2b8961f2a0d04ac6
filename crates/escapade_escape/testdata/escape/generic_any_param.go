// generic_: a type parameter instantiated with an interface type versus a
// concrete type.
package main

var sink any

func Store[T any](v T) {
	sink = v
}

func storeInt(n int) {
	Store(n)
}

func storeAny(a any) {
	Store(a)
}

func main() {}
