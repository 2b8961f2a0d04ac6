// Mistake: delete used on a slice.
package main

import "fmt"

func main() {
	xs := []string{"a", "b"}
	delete(xs, 0)
	fmt.Println(xs)
}
