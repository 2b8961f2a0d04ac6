// Mistake: comparing two function values.
package main

import "fmt"

func a() {}
func b() {}

func main() {
	fmt.Println(a == b)
}
