// Mistake: assigning nil to a string.
package main

import "fmt"

func main() {
	var name string = nil
	fmt.Println(name)
}
