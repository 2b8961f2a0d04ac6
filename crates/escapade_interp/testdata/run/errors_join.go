// errors.Join combines errors with newlines; Is finds each member.
package main

import (
	"errors"
	"fmt"
)

func main() {
	a := errors.New("first")
	b := errors.New("second")
	j := errors.Join(a, nil, b)
	fmt.Println(j)
	fmt.Println(errors.Is(j, a), errors.Is(j, b), errors.Join(nil, nil) == nil)
	fmt.Printf("%q\n", j.Error())
}
