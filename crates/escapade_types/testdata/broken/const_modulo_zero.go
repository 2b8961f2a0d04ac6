// Mistake: modulo by constant zero.
package main

import "fmt"

func main() {
	x := 7
	fmt.Println(x % 0)
}
