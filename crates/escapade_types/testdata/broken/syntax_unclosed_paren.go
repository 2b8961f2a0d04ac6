// Mistake (syntax): unbalanced parentheses in a call.
package main

import "fmt"

func main() {
	fmt.Println("sum:", (1 + 2)
}
