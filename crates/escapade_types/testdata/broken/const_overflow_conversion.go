// Mistake: constant conversion uint8(300).
package main

import "fmt"

func main() {
	level := uint8(300)
	fmt.Println(level)
}
