// addr_: storing a pointer to a local in an interface that escapes moves
// the local; a pointer stored in an interface kept locally does not.
package main

import "fmt"

var anySink interface{}

func toIface() {
	x := 10
	anySink = &x
}

func ifaceLocal() bool {
	y := 11
	var i interface{} = &y
	_, ok := i.(*int)
	return ok
}

func printAddr() {
	z := 12
	fmt.Println(&z)
}

func main() {
	toIface()
	_ = ifaceLocal()
	printAddr()
}
