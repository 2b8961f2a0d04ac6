// Mistake: comparing two different named types with the same underlying type.
package main

import "fmt"

type Celsius float64
type Fahrenheit float64

func main() {
	var c Celsius = 100
	var f Fahrenheit = 212
	fmt.Println(c == f)
}
