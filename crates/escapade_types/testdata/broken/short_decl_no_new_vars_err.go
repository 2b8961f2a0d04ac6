// Mistake: := reusing both n and err from an earlier :=.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	n, err := strconv.Atoi("1")
	fmt.Println(n, err)
	n, err := strconv.Atoi("2")
	fmt.Println(n, err)
}
