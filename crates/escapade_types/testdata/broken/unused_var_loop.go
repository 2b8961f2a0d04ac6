// Mistake: loop index declared in a range loop but never used.
package main

import "fmt"

func main() {
	sum := 0
	for i, v := range []int{1, 2, 3} {
		sum += v
	}
	fmt.Println(sum)
}
