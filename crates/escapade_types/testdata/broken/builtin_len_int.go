// Mistake: len applied to an int.
package main

import "fmt"

func main() {
	n := 12345
	fmt.Println(len(n))
}
