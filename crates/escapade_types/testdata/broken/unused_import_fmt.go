// Mistake: fmt imported and not used (printing was removed).
package main

import "fmt"

func main() {
	x := 3
	_ = x
}
