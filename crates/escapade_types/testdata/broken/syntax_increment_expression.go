// Mistake (syntax): using i++ as an expression.
package main

import "fmt"

func main() {
	i := 1
	j := i++
	fmt.Println(i, j)
}
