// iface_: returning errors: a custom error struct pointer escapes through
// the interface result.
package main

import "errors"

type myErr struct{ code int }

func (e *myErr) Error() string { return "code" }

func fail(c int) error {
	if c > 0 {
		return &myErr{code: c}
	}
	return nil
}

func sentinel() error {
	return errors.New("boom")
}

func main() {
	_ = fail(1)
	_ = sentinel()
}
