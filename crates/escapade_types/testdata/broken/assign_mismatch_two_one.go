// Mistake: two variables on the left, one value on the right.
package main

import "fmt"

func main() {
	a, b := 1
	fmt.Println(a, b)
}
