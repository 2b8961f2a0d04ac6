// Mistake: clear applied to a string.
package main

import "fmt"

func main() {
	s := "text"
	clear(s)
	fmt.Println(s)
}
