// Mistake: bare return in a function with unnamed results.
package main

import "fmt"

func sign(n int) int {
	if n == 0 {
		return
	}
	return n / n
}

func main() {
	fmt.Println(sign(3))
}
