// Mistake: err assigned but never checked (declared and not used).
package main

import (
	"fmt"
	"strconv"
)

func main() {
	n, err := strconv.Atoi("42")
	fmt.Println(n)
}
