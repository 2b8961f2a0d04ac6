// Mistake: indexing an int.
package main

import "fmt"

func main() {
	code := 404
	fmt.Println(code[0])
}
