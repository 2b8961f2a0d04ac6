// Mistake (syntax): missing trailing comma in a multi-line composite literal.
package main

import "fmt"

func main() {
	colors := []string{
		"red",
		"green",
		"blue"
	}
	fmt.Println(colors)
}
