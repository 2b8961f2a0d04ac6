// Mistake: type assertion on a value that is not an interface.
package main

import "fmt"

func main() {
	s := "42"
	n, ok := s.(int)
	fmt.Println(n, ok)
}
