// Mistake: map literal with values of the wrong type.
package main

import "fmt"

func main() {
	prices := map[string]float64{
		"apple": 1.25,
		"pear":  "2.00",
	}
	fmt.Println(prices)
}
