// Mistake: taking the address of a function call result.
package main

import "fmt"

func makeInt() int { return 4 }

func main() {
	p := &makeInt()
	fmt.Println(*p)
}
