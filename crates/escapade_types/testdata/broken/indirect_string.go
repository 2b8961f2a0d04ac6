// Mistake: dereferencing a string parameter (C habit).
package main

import "fmt"

func shout(s string) string {
	return *s + "!"
}

func main() {
	fmt.Println(shout("hey"))
}
