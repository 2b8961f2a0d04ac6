// Mistake: appending a string to a []int.
package main

import "fmt"

func main() {
	ids := []int{1, 2}
	ids = append(ids, "3")
	fmt.Println(ids)
}
