// Mistake: generic function called with untyped nil, type cannot be inferred.
package main

import "fmt"

func First[T any](xs []T) T { return xs[0] }

func main() {
	fmt.Println(First(nil))
}
