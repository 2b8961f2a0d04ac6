// errors.Is and errors.As through wrapping chains; custom error types.
package main

import (
	"errors"
	"fmt"
)

var ErrPermission = errors.New("permission denied")

type PathError struct {
	Op, Path string
	Err      error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }
func (e *PathError) Unwrap() error { return e.Err }

func open(p string) error {
	return &PathError{"open", p, ErrPermission}
}

func main() {
	err := fmt.Errorf("load: %w", open("/etc/x"))
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrPermission))
	var pe *PathError
	if errors.As(err, &pe) {
		fmt.Println("path:", pe.Path, "op:", pe.Op)
	}
	fmt.Println(errors.Is(nil, ErrPermission), errors.Is(ErrPermission, ErrPermission))
}
