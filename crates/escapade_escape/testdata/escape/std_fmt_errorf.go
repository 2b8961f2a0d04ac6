// std_: fmt.Errorf (inlinable in 1.27, changing -m output) and
// errors.New at call sites.
package main

import (
	"errors"
	"fmt"
)

func wrap(err error, op string) error {
	return fmt.Errorf("%s: %w", op, err)
}

func fail() error {
	return errors.New("failed")
}

func main() {
	_ = wrap(fail(), "op")
}
