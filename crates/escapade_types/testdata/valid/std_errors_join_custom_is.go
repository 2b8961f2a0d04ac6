// Covers: custom Is method on error types, errors.Is with comparable struct errors, wrapping with multiple %w.
package main

import (
	"errors"
	"fmt"
)

type HTTPError struct{ Code int }

func (e HTTPError) Error() string { return fmt.Sprintf("http %d", e.Code) }

func (e HTTPError) Is(target error) bool {
	t, ok := target.(HTTPError)
	return ok && (t.Code == 0 || t.Code == e.Code)
}

var ErrTimeout = errors.New("timeout")

func main() {
	err := fmt.Errorf("fetch: %w", HTTPError{404})
	fmt.Println(errors.Is(err, HTTPError{404}), errors.Is(err, HTTPError{}), errors.Is(err, HTTPError{500}))
	both := fmt.Errorf("retry failed: %w; last: %w", ErrTimeout, HTTPError{503})
	fmt.Println(both)
	fmt.Println(errors.Is(both, ErrTimeout), errors.Is(both, HTTPError{503}))
	var he HTTPError
	fmt.Println(errors.As(both, &he), he.Code)
}
