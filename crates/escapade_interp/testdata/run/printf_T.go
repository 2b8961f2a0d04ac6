// %T prints dynamic types: builtin, composite, named, pointer, func and nil.
package main

import "fmt"

type T struct{ A int }
type E int

func main() {
	fmt.Printf("%T %T %T %T %T\n", 1, "s", 2.0, 'r', true)
	fmt.Printf("%T %T %T %T\n", []int{}, map[string]bool{}, [3]byte{}, &T{})
	fmt.Printf("%T %T %T %T\n", T{}, E(1), func(int) string { return "" }, nil)
	fmt.Printf("%T %T %T\n", any(3), struct{ X int }{}, []any{1})
	fmt.Printf("%T %T %T\n", complex64(1), uint8(1), make(chan int))
}
