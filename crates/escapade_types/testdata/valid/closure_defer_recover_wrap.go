// Covers: closures with defer/recover converting panics to errors, capturing named results.
package main

import (
	"errors"
	"fmt"
)

func safely(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			switch v := r.(type) {
			case error:
				err = v
			default:
				err = fmt.Errorf("panic: %v", v)
			}
		}
	}()
	f()
	return nil
}

func main() {
	fmt.Println(safely(func() {}))
	fmt.Println(safely(func() { panic("oops") }))
	fmt.Println(safely(func() { panic(errors.New("real error")) }))
	fmt.Println(safely(func() {
		var m map[string]int
		m["x"] = 1
	}))
}
