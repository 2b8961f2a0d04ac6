// Mistake: constant slice bounds in the wrong order.
package main

import "fmt"

func main() {
	xs := []int{1, 2, 3, 4}
	fmt.Println(xs[3:1])
}
