// Mistake: comparing a pointer with a struct value.
package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	p := &Point{1, 2}
	if p == (Point{1, 2}) {
		fmt.Println("same")
	}
}
