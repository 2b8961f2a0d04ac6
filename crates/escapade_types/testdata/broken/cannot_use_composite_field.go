// Mistake: wrong field type in a struct literal.
package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	p := Point{X: 1.5, Y: 2}
	fmt.Println(p)
}
