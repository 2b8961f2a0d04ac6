// Covers: defer LIFO order, argument evaluation time, deferred closures modifying named results, recover.
package main

import (
	"errors"
	"fmt"
)

func order() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("body done")
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func counter() (n int) {
	defer func() { n *= 2 }()
	n = 5
	return n + 1
}

func main() {
	order()
	fmt.Println(safeDiv(10, 2))
	_, err := safeDiv(1, 0)
	fmt.Println(err)
	fmt.Println(counter())
	x := 1
	defer fmt.Println("x at defer time:", x)
	x = 2
	fmt.Println(errors.Is(err, err), x)
}
