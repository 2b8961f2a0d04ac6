// Mistake: using - on strings.
package main

import "fmt"

func main() {
	a, b := "hello", "lo"
	fmt.Println(a - b)
}
