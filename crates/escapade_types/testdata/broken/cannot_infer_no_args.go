// Mistake: calling a generic function whose type parameter appears only in the result.
package main

import "fmt"

func Zero[T any]() T {
	var z T
	return z
}

func main() {
	fmt.Println(Zero())
}
