// Mistake: break used outside any loop, switch or select.
package main

import "fmt"

func check(n int) {
	if n > 10 {
		fmt.Println("big")
		break
	}
	fmt.Println("small")
}

func main() { check(11) }
