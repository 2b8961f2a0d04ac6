// Mistake: returning a string from a function declared to return int.
package main

import "fmt"

func parse(s string) int {
	if s == "" {
		return "empty"
	}
	return len(s)
}

func main() {
	fmt.Println(parse("x"))
}
