// Covers: generic helpers comparing with the zero value, Coalesce, Default, and pointers to type parameters.
package main

import "fmt"

func IsZero[T comparable](v T) bool {
	var zero T
	return v == zero
}

func Coalesce[T comparable](vals ...T) T {
	var zero T
	for _, v := range vals {
		if v != zero {
			return v
		}
	}
	return zero
}

func Swap[T any](a, b *T) { *a, *b = *b, *a }

func main() {
	fmt.Println(IsZero(0), IsZero("x"), IsZero(struct{ A int }{}))
	fmt.Println(Coalesce("", "", "first", "second"), Coalesce(0, 0))
	x, y := "left", "right"
	Swap(&x, &y)
	fmt.Println(x, y)
}
