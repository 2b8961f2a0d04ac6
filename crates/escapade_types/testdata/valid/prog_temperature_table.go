// Covers: the temperature conversion table from the tour: named float types, methods, Printf widths.
package main

import "fmt"

type Celsius float64
type Fahrenheit float64

func (c Celsius) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func (f Fahrenheit) ToC() Celsius { return Celsius((f - 32) * 5 / 9) }

func main() {
	fmt.Printf("%6s %8s\n", "C", "F")
	for c := Celsius(-40); c <= 100; c += 20 {
		fmt.Printf("%6.1f %8.1f\n", c, c.ToF())
	}
	fmt.Printf("%.2f\n", Fahrenheit(98.6).ToC())
}
