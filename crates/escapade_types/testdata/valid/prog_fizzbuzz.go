// Covers: the classic FizzBuzz learners write: for loop, modulo, switch true, strconv.
package main

import (
	"fmt"
	"strconv"
)

func fizzbuzz(n int) string {
	switch {
	case n%15 == 0:
		return "FizzBuzz"
	case n%3 == 0:
		return "Fizz"
	case n%5 == 0:
		return "Buzz"
	}
	return strconv.Itoa(n)
}

func main() {
	for i := 1; i <= 20; i++ {
		fmt.Println(fizzbuzz(i))
	}
}
