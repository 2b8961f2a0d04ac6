// Mistake: spreading a []string into a ...any parameter.
package main

import "fmt"

func main() {
	words := []string{"a", "b"}
	fmt.Println(words...)
}
