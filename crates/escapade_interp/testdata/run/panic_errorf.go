// uncaught: panic with a wrapped fmt.Errorf error.
package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

func main() {
	panic(fmt.Errorf("loading config: %w", ErrNotFound))
}
