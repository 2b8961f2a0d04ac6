// defer_: recover() result captured and converted to an error.
package main

import "fmt"

func protect(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	f()
	return nil
}

func main() {
	_ = protect(func() { panic("x") })
}
