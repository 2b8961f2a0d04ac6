// Mistake: 3-index slice of a string.
package main

import "fmt"

func main() {
	s := "hello"
	fmt.Println(s[1:3:4])
}
