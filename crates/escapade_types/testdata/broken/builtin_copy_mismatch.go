// Mistake: copy between slices with different element types.
package main

import "fmt"

func main() {
	src := []int{1, 2}
	dst := make([]int64, 2)
	copy(dst, src)
	fmt.Println(dst)
}
