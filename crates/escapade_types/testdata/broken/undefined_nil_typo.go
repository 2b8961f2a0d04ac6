// Mistake: null instead of nil.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	n, err := strconv.Atoi("7")
	if err != null {
		return
	}
	fmt.Println(n)
}
