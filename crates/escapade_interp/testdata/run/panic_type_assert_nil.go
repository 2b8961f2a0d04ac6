// uncaught: type assertion on a nil interface.
package main

import "fmt"

type Shape interface{ Area() float64 }

func main() {
	var s Shape
	var v any = s
	fmt.Println(v == nil)
	_ = v.(fmt.Stringer)
}
