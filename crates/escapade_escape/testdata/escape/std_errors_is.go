// std_: errors.Is / errors.As leak both arguments (interface/reflect).
package main

import (
	"errors"
	"io"
)

type myErr struct{}

func (*myErr) Error() string { return "my" }

func isEOF(err error) bool {
	return errors.Is(err, io.EOF)
}

func asMine(err error) bool {
	var m *myErr
	return errors.As(err, &m)
}

func main() {
	_ = isEOF(io.EOF)
	_ = asMine(&myErr{})
}
