// deferred closures can modify named results, also after a recovered panic.
package main

import "fmt"

func double() (n int) {
	defer func() { n *= 2 }()
	n = 21
	return n
}

func recovered() (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = fmt.Sprint("recovered ", r)
		}
	}()
	panic("oops")
}

func main() {
	fmt.Println(double(), recovered())
}
