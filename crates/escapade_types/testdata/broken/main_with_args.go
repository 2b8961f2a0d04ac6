// Mistake: main declared with parameters and a result, like C.
package main

import "fmt"

func main(args []string) int {
	fmt.Println(len(args))
	return 0
}
