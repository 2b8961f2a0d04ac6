// Mistake: := with an index expression on the left.
package main

import "fmt"

func main() {
	xs := make([]int, 3)
	xs[0] := 1
	fmt.Println(xs)
}
