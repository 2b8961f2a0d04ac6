// generic_: returning zero values and new(T) from generic functions.
package main

func Zero[T any]() T {
	var z T
	return z
}

func New[T any]() *T {
	return new(T)
}

func use() int {
	p := New[int]()
	*p = Zero[int]()
	return *p
}

func main() {}
