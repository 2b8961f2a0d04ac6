// Mistake: variable declaration with a float initializer for an int.
package main

import "fmt"

func main() {
	var ratio int = 0.5
	fmt.Println(ratio)
}
