// Mistake: assigning through * on a struct value parameter.
package main

import "fmt"

type T struct{ N int }

func reset(t T) {
	*t = T{}
}

func main() {
	var t T
	reset(t)
	fmt.Println(t)
}
