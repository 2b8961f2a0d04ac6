// Mistake: assigning to a function call result.
package main

import "fmt"

func get() int { return 1 }

func main() {
	get() = 2
	fmt.Println(get())
}
