// Covers: type switches with bound variable, multiple types per case, nil case, interface cases, default.
package main

import (
	"errors"
	"fmt"
)

type Stringer interface{ String() string }

type Color int

func (c Color) String() string { return [...]string{"red", "green"}[c] }

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", x) // x is any here
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case error:
		return "error: " + x.Error()
	case Stringer:
		return "stringer " + x.String()
	case []int:
		return fmt.Sprint("slice ", len(x))
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	for _, v := range []any{nil, 1, int64(2), "hey", errors.New("boom"), Color(1), []int{1, 2}, 3.5} {
		fmt.Println(describe(v))
	}
	var s any = "x"
	switch s.(type) {
	case string:
		fmt.Println("no binding")
	}
}
