// Mistake: too many type arguments for a generic type.
package main

import "fmt"

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func main() {
	p := Pair[string, int, bool]{Key: "a", Val: 1}
	fmt.Println(p)
}
