// Mistake: typo in a variable name (undefined: x).
package main

import "fmt"

func main() {
	total := 0
	for i := 0; i < 5; i++ {
		totl += i
	}
	fmt.Println(total)
}
