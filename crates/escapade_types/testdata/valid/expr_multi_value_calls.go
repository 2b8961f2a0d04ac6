// Covers: passing multi-value results directly as arguments f(g()), multi-value returns into returns.
package main

import (
	"fmt"
	"strconv"
)

func pair() (int, string)         { return 1, "one" }
func show(n int, s string) string { return strconv.Itoa(n) + "=" + s }
func swap(a, b int) (int, int)    { return b, a }
func relay() (int, int)           { return swap(1, 2) }
func count(xs ...int) int         { return len(xs) }

func main() {
	fmt.Println(show(pair()))
	fmt.Println(relay())
	fmt.Println(count(swap(3, 4)))
	fmt.Println(pair())
	a, b := relay()
	fmt.Println(a + b)
}
