// Mistake: using an int as an if condition.
package main

import "fmt"

func main() {
	items := []string{"a"}
	if len(items) {
		fmt.Println("non-empty")
	}
}
