// Mistake (syntax): parentheses around a for condition with a C-style while keyword.
package main

import "fmt"

func main() {
	i := 0
	while (i < 3) {
		i++
	}
	fmt.Println(i)
}
