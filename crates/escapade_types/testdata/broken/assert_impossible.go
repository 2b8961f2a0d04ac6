// Mistake: impossible type assertion (type lacks a method of the interface).
package main

import (
	"fmt"
	"io"
	"strings"
)

type Empty struct{}

func main() {
	var r io.Reader = strings.NewReader("x")
	e, ok := r.(Empty)
	fmt.Println(e, ok)
}
