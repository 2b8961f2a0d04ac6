// Mistake: constant 256 does not fit in a byte.
package main

import "fmt"

func main() {
	var b byte = 256
	fmt.Println(b)
}
