// Mistake: using the blank identifier as a value.
package main

import "fmt"

func main() {
	_ = 5
	x := _
	fmt.Println(x)
}
