// Mistake: mutually recursive struct types through arrays.
package main

import "fmt"

type A struct{ bs [2]B }
type B struct{ a A }

func main() {
	var a A
	fmt.Println(a)
}
