// Mistake: passing a format argument to a function that takes only a string.
package main

import (
	"errors"
	"fmt"
)

func main() {
	id := 7
	err := errors.New("missing id %d", id)
	fmt.Println(err)
}
