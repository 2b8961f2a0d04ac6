// Mistake: huge untyped constant assigned to an int.
package main

import "fmt"

const Big = 1 << 100

func main() {
	n := Big
	fmt.Println(n)
}
