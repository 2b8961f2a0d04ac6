// Mistake: declaring the same variable twice with var in one scope.
package main

import "fmt"

func main() {
	var total int
	var total = 5
	fmt.Println(total)
}
