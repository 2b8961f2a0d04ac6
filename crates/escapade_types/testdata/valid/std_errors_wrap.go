// Covers: errors.New, fmt.Errorf with %w, errors.Is/As/Unwrap/Join, sentinel errors, custom error types.
package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

func lookup(q string) error {
	if q == "" {
		return &QueryError{Query: "<empty>", Err: ErrNotFound}
	}
	return nil
}

func main() {
	err := fmt.Errorf("handler: %w", lookup(""))
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound))
	var qe *QueryError
	if errors.As(err, &qe) {
		fmt.Println("query was", qe.Query)
	}
	fmt.Println(errors.Unwrap(errors.Unwrap(err)) == ErrNotFound)
	joined := errors.Join(errors.New("a failed"), nil, errors.New("b failed"))
	fmt.Println(joined)
	fmt.Println(errors.Is(joined, ErrNotFound), lookup("x") == nil)
}
