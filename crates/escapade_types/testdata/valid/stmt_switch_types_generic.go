// Covers: switch statements inside generic functions, comparing T values in switch cases with comparable constraints.
package main

import "fmt"

func Classify[T comparable](v, zero, special T) string {
	switch v {
	case zero:
		return "zero"
	case special:
		return "special"
	default:
		return "normal"
	}
}

func main() {
	fmt.Println(Classify(0, 0, 7), Classify(7, 0, 7), Classify(3, 0, 7))
	fmt.Println(Classify("", "", "x"), Classify("y", "", "x"))
}
