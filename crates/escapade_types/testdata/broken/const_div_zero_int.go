// Mistake: integer division by constant zero.
package main

import "fmt"

func main() {
	total := 10
	fmt.Println(total / 0)
}
