// Mistake: defining a method on a built-in type.
package main

import "fmt"

func (s string) Shout() string { return s + "!" }

func main() {
	fmt.Println("hi")
}
