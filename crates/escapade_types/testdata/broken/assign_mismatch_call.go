// Mistake: ignoring the error result of strconv.Atoi.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	n := strconv.Atoi("12")
	fmt.Println(n)
}
