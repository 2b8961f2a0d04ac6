// Wrapping errors: fmt.Errorf with %w (one and several), errors.Is/As/Unwrap through chains,
// errors.Join, custom Is and Unwrap methods, and strconv's *NumError with ErrSyntax/ErrRange.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

var ErrNotFound = errors.New("not found")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

type codeErr int

func (c codeErr) Error() string        { return fmt.Sprintf("code %d", int(c)) }
func (c codeErr) Is(target error) bool { return target == ErrNotFound && c == 404 }

func find(q string) error {
	return fmt.Errorf("find: %w", &QueryError{q, ErrNotFound})
}

func main() {
	err := find("users")
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound))
	var qe *QueryError
	if errors.As(err, &qe) {
		fmt.Println("query:", qe.Query)
	}
	fmt.Println(errors.Unwrap(err) == error(qe), errors.Unwrap(errors.Unwrap(err)) == ErrNotFound)
	fmt.Println(errors.Unwrap(ErrNotFound) == nil)

	multi := fmt.Errorf("both: %w and %w", ErrNotFound, codeErr(500))
	fmt.Println(multi, errors.Is(multi, ErrNotFound))
	var ce codeErr
	fmt.Println(errors.As(multi, &ce), ce)
	fmt.Println(errors.Unwrap(multi) == nil)

	fmt.Println(errors.Is(codeErr(404), ErrNotFound), errors.Is(codeErr(500), ErrNotFound))
	joined := errors.Join(errors.New("first"), nil, codeErr(404))
	fmt.Println(joined)
	fmt.Println(errors.Is(joined, ErrNotFound), errors.Join(nil, nil) == nil)
	fmt.Printf("%v|%s|%q\n", err, err, ErrNotFound)

	_, err = strconv.Atoi("12a")
	fmt.Println(err, errors.Is(err, strconv.ErrSyntax))
	_, err = strconv.ParseInt("99999999999999999999", 10, 64)
	fmt.Println(err, errors.Is(err, strconv.ErrRange), errors.Unwrap(err))
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, ne)
	wrapped := fmt.Errorf("config: %w", err)
	fmt.Println(wrapped, errors.Is(wrapped, strconv.ErrRange))
	b, err := strconv.ParseBool("maybe")
	fmt.Println(b, err)
	f, err := strconv.ParseFloat("1e500", 64)
	fmt.Println(f, err)
}
