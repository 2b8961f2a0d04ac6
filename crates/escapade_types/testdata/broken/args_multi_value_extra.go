// Mistake: passing a two-result call plus another argument.
package main

import "fmt"

func pair() (int, int) { return 1, 2 }

func add3(a, b, c int) int { return a + b + c }

func main() {
	fmt.Println(add3(pair(), 3))
}
