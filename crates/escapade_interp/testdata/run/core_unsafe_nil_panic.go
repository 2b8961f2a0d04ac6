// unsafe.Slice with a nil pointer and a length panics with the runtime's message.
package main

import (
	"fmt"
	"unsafe"
)

func main() {
	defer func() {
		r := recover()
		fmt.Println(r)
		var p *byte
		n := 2
		fmt.Println(unsafe.String(p, n))
	}()
	var q *int
	k := -1
	fmt.Println(unsafe.Slice(q, k+2))
}
