// Covers: type inference: from function arguments, from untyped constants (default type), partial explicit type args, from assignment to func-typed vars.
package main

import "fmt"

func Ident[T any](v T) T { return v }

func Convert[To, From ~int | ~float64](v From) To { return To(v) }

func Apply[T any, R any](v T, f func(T) R) R { return f(v) }

func Zero[T any]() T {
	var z T
	return z
}

func Pick[T any](a, b T, first bool) T {
	if first {
		return a
	}
	return b
}

func main() {
	fmt.Printf("%T %T %T\n", Ident(1), Ident(2.5), Ident("s"))
	fmt.Println(Convert[int](3.9), Convert[float64](7))
	fmt.Println(Apply(4, func(n int) string { return fmt.Sprint(n * n) }))
	fmt.Printf("%q %v\n", Zero[string](), Zero[int]())
	fmt.Printf("%T\n", Pick(1, 2.5, false)) // untyped constants unify to float64
	var f func(int) int = Ident[int]
	fmt.Println(f(9))
	var g func(string) string = Ident // inferred from assignment context
	fmt.Println(g("inferred"))
}
