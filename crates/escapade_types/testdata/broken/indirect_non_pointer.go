// Mistake: dereferencing a non-pointer value.
package main

import "fmt"

func main() {
	count := 3
	fmt.Println(*count)
}
