// Mistake: parameter redeclared as a local with :=-free var.
package main

import "fmt"

func greet(name string) {
	var name = "x"
	fmt.Println(name)
}

func main() { greet("a") }
