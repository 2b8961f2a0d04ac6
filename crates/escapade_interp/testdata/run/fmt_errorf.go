// fmt.Errorf with %w, %v and %d; the error text and Unwrap behaviour.
package main

import (
	"errors"
	"fmt"
)

func main() {
	base := errors.New("base failure")
	e1 := fmt.Errorf("step %d: %w", 3, base)
	e2 := fmt.Errorf("outer: %w", e1)
	fmt.Println(e2)
	fmt.Println(errors.Unwrap(e2) == e1, errors.Unwrap(e1) == base, errors.Unwrap(base))
	e3 := fmt.Errorf("no wrap: %v", base)
	fmt.Println(e3, errors.Unwrap(e3) == nil, errors.Is(e3, base))
	multi := fmt.Errorf("a: %w, b: %w", base, e3)
	fmt.Println(multi, errors.Is(multi, e3))
}
