// Covers: type assertions to concrete and interface types, comma-ok form, asserting on nil and errors.
package main

import (
	"fmt"
	"io"
	"strings"
)

type Sizer interface{ Size() int64 }

func main() {
	var v any = "text"
	s := v.(string)
	fmt.Println(s)
	n, ok := v.(int)
	fmt.Println(n, ok)
	var r io.Reader = strings.NewReader("abc")
	if sz, ok := r.(Sizer); ok {
		fmt.Println("size", sz.Size())
	}
	if _, ok := r.(io.Writer); !ok {
		fmt.Println("not a writer")
	}
	sr := r.(*strings.Reader)
	fmt.Println(sr.Len())
	var empty any
	_, ok = empty.(string)
	fmt.Println(ok)
	defer func() {
		fmt.Println("recovered:", recover() != nil)
	}()
	_ = v.(fmt.Stringer)
}
