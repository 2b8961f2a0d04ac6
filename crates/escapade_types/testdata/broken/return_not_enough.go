// Mistake: forgetting the error result in a return.
package main

import (
	"errors"
	"fmt"
)

func div(a, b int) (int, error) {
	if b == 0 {
		return errors.New("divide by zero")
	}
	return a / b, nil
}

func main() {
	fmt.Println(div(4, 2))
}
