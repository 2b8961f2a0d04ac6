// Mistake: passing a string where an int parameter is expected.
package main

import "fmt"

func repeat(s string, n int) string {
	out := ""
	for i := 0; i < n; i++ {
		out += s
	}
	return out
}

func main() {
	fmt.Println(repeat("ab", "3"))
}
