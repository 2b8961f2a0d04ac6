package main

import (
	"fmt"
	"io"
)

func main() {
	var x any = "s"
	s := x.(string)
	n, ok := x.(int)
	var r io.Reader
	if c, ok := r.(io.Closer); ok {
		_ = c
	}
	_ = x.(fmt.Stringer).String()
	_ = x.(interface{ M() })
	_ = x.([]int)
	_ = x.(*int)
	_, _, _ = s, n, ok
}
