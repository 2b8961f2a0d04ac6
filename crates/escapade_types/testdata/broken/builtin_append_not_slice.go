// Mistake: appending to a map as if it were a slice.
package main

import "fmt"

func main() {
	seen := map[string]bool{}
	seen = append(seen, "x")
	fmt.Println(seen)
}
