// uncaught: panic with a custom error struct; Error() is used for the message.
package main

import "fmt"

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

func main() {
	var err error = &ParseError{12, "unexpected token"}
	panic(err)
}
