// Covers: type switches on values of type-parameter type converted to any, generic Must, generic Ptr helper.
package main

import (
	"errors"
	"fmt"
)

func Describe[T any](v T) string {
	switch x := any(v).(type) {
	case int:
		return fmt.Sprint("int:", x)
	case string:
		return "string:" + x
	default:
		return fmt.Sprintf("%T", x)
	}
}

func Must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func Ptr[T any](v T) *T { return &v }

func parse(s string) (int, error) {
	if s == "" {
		return 0, errors.New("empty")
	}
	return len(s), nil
}

func main() {
	fmt.Println(Describe(1), Describe("x"), Describe(2.5), Describe([]int{}))
	fmt.Println(Must(parse("abc")))
	p := Ptr(42)
	s := Ptr("s")
	fmt.Println(*p, *s)
}
