// append within capacity writes into the shared array; beyond it, a new array.
package main

import "fmt"

func main() {
	base := make([]int, 3, 10)
	a := append(base, 1)
	b := append(base, 2)
	fmt.Println(a[3], b[3], len(base))
	full := []int{1, 2, 3}
	c := append(full, 4)
	d := append(full, 5)
	c[0] = 100
	fmt.Println(full, c, d)
}
