// Mistake: an if/else-if chain without else does not terminate.
package main

import "fmt"

func bucket(n int) string {
	if n < 10 {
		return "small"
	} else if n < 100 {
		return "medium"
	}
}

func main() {
	fmt.Println(bucket(5))
}
