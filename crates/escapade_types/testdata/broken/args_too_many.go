// Mistake: calling a function with too many arguments.
package main

import "fmt"

func greet(name string) string { return "hi " + name }

func main() {
	fmt.Println(greet("ann", "bob"))
}
