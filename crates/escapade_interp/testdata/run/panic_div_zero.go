// uncaught: integer divide by zero (division and modulo by a zero variable).
package main

import "fmt"

func main() {
	a, b := 10, 0
	fmt.Println(a % 3)
	fmt.Println(a / b)
}
