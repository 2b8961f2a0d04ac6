// Mistake: misspelled type name in a declaration.
package main

import "fmt"

type Person struct{ Name string }

func main() {
	var p Persn
	fmt.Println(p)
}
