// Mistake: var declaration with more values than names.
package main

import "fmt"

func main() {
	var x, y int = 1, 2, 3
	fmt.Println(x, y)
}
