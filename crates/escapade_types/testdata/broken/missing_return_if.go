// Mistake: function ends after an if without a final return.
package main

import "fmt"

func abs(n int) int {
	if n < 0 {
		return -n
	} else if n >= 0 {
		return n
	}
}

func main() {
	fmt.Println(abs(-2))
}
