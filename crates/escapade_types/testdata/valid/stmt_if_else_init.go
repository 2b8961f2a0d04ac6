// Covers: if with init statements, else-if chains, scoping of init variables, early returns.
package main

import (
	"fmt"
	"strconv"
)

func classify(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else if n%2 == 0 {
		return "even"
	}
	return "odd"
}

func main() {
	for _, s := range []string{"12", "-3", "x", "0"} {
		if n, err := strconv.Atoi(s); err != nil {
			fmt.Println("bad input:", s)
		} else if c := classify(n); c == "even" {
			fmt.Println(n, "is even!")
		} else {
			fmt.Println(n, c)
		}
	}
}
