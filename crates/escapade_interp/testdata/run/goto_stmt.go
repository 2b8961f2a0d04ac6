// goto jumping backwards to build a loop, and for with only a condition.
package main

import "fmt"

func main() {
	i := 0
again:
	if i < 3 {
		fmt.Println("i", i)
		i++
		goto again
	}
	j := 10
	for j > 7 {
		j--
	}
	fmt.Println(j)
}
