// Mistake: explicit type argument conflicts with the argument's type.
package main

import "fmt"

func Wrap[T any](v T) []T { return []T{v} }

func main() {
	fmt.Println(Wrap[int]("x"))
}
