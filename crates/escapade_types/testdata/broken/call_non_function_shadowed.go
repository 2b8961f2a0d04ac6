// Mistake: a local variable shadows the len builtin, then len is called.
package main

import "fmt"

func main() {
	len := 10
	xs := []int{1, 2, 3}
	fmt.Println(len(xs), len)
}
