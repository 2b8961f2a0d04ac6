// Mistake: calling a function with too few arguments.
package main

import "fmt"

func area(w, h float64) float64 { return w * h }

func main() {
	fmt.Println(area(3))
}
