// uncaught: a concrete type does not implement the asserted interface (missing method).
package main

import "fmt"

type T struct{}

type Namer interface{ Name() string }

func main() {
	var v any = T{}
	fmt.Println("asserting")
	_ = v.(Namer)
}
