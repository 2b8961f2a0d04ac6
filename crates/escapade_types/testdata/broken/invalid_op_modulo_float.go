// Mistake: modulo on floats (use math.Mod).
package main

import "fmt"

func main() {
	a, b := 7.5, 2.0
	fmt.Println(a % b)
}
