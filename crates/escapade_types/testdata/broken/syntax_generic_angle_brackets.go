// Mistake (syntax): generic type arguments written with angle brackets, Java style.
package main

import "fmt"

type Box[T any] struct{ V T }

func main() {
	b := Box<int>{V: 1}
	fmt.Println(b)
}
