// uncaught: panic with a bool, and with a complex number.
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		panic(complex(1, -2))
	}()
	panic(true)
}
