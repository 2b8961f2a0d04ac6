// Covers: generic Option/Result types, methods on them, generic constructors, explicit instantiation of types.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Option[T any] struct {
	val T
	ok  bool
}

func Some[T any](v T) Option[T] { return Option[T]{v, true} }
func None[T any]() Option[T]    { return Option[T]{} }

func (o Option[T]) OrElse(d T) T {
	if o.ok {
		return o.val
	}
	return d
}

type Result[T any] struct {
	Val T
	Err error
}

func Try[T any](v T, err error) Result[T] { return Result[T]{v, err} }

func (r Result[T]) String() string {
	if r.Err != nil {
		return "error: " + r.Err.Error()
	}
	return fmt.Sprint("ok: ", r.Val)
}

func main() {
	fmt.Println(Some(3).OrElse(0), None[int]().OrElse(-1), None[string]().OrElse("dflt"))
	fmt.Println(Try(strconv.Atoi("12")))
	fmt.Println(Try(strconv.ParseBool("maybe")).Err != nil)
	fmt.Println(Try(0, errors.New("nope")))
}
