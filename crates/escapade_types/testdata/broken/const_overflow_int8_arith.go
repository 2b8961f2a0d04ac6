// Mistake: constant expression overflows int8.
package main

import "fmt"

const base int8 = 100

func main() {
	x := base * 2
	fmt.Println(x)
}
