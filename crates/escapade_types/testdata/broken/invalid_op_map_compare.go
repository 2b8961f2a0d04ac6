// Mistake: comparing a map to another map.
package main

import "fmt"

func main() {
	m1 := map[string]int{"a": 1}
	m2 := map[string]int{"a": 1}
	if m1 == m2 {
		fmt.Println("same")
	}
}
