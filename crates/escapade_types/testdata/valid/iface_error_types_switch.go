// Covers: distinguishing error kinds with a type switch and errors.As, wrapping multiple layers.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type ValidationError struct{ Field string }

func (v ValidationError) Error() string { return "invalid " + v.Field }

func validate(age string) error {
	n, err := strconv.Atoi(age)
	if err != nil {
		return fmt.Errorf("age: %w", err)
	}
	if n < 0 {
		return ValidationError{"age"}
	}
	return nil
}

func main() {
	for _, in := range []string{"12", "-1", "abc"} {
		err := validate(in)
		switch e := err.(type) {
		case nil:
			fmt.Println(in, "ok")
		case ValidationError:
			fmt.Println(in, "validation:", e.Field)
		default:
			var ne *strconv.NumError
			fmt.Println(in, "other:", errors.As(err, &ne), e)
		}
	}
}
