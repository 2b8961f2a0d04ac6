// Covers: comparing interface values with concrete values, nil comparisons for slices/maps/funcs/chans, errors.
package main

import (
	"errors"
	"fmt"
	"io"
)

var ErrMissing = errors.New("missing")

func find(k string) error {
	if k == "" {
		return ErrMissing
	}
	return nil
}

func main() {
	var x any = 5
	fmt.Println(x == 5, x == "5", x != nil)
	err := find("")
	fmt.Println(err == ErrMissing, err != nil, find("k") == nil)
	var r io.Reader
	fmt.Println(r == nil)
	var s []int
	var m map[int]int
	var f func()
	var c chan int
	fmt.Println(s == nil, m == nil, f == nil, c == nil)
	type pt struct{ a, b int }
	var y any = pt{1, 2}
	fmt.Println(y == pt{1, 2})
}
