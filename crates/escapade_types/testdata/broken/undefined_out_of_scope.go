// Mistake: using a variable declared in an if-statement scope after the if.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	if n, err := strconv.Atoi("12"); err == nil {
		fmt.Println("parsed", n)
	}
	fmt.Println(n * 2)
}
