// Mistake: constant index out of range for an array.
package main

import "fmt"

func main() {
	days := [7]string{"mon", "tue", "wed", "thu", "fri", "sat", "sun"}
	fmt.Println(days[7])
}
