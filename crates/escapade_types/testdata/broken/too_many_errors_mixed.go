// Mistakes: a copy-pasted function with many type errors (gc stops after 10 errors).
package main

import "fmt"

func main() {
	var n int = "1"
	var s string = 2
	var f float64 = "3"
	var b bool = 4
	n = "5"
	s = 6
	f = "7"
	b = 8
	n = true
	s = false
	f = nil
	fmt.Println(n, s, f, b)
}
