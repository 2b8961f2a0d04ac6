// Covers: the print and println builtins (they write to standard error), unsafe.Sizeof/String/Slice/StringData builtins-like functions.
package main

import (
	"fmt"
	"unsafe"
)

func main() {
	print("print: ", 1, " ", true, "\n")
	println("println:", 2, 3.5, 'x', "end")
	var x struct {
		a byte
		b int64
	}
	fmt.Println(unsafe.Sizeof(x), unsafe.Sizeof(x.a), unsafe.Offsetof(x.b))
	b := []byte("bytes")
	s := unsafe.String(&b[0], len(b))
	fmt.Println(s, len(unsafe.Slice(unsafe.StringData(s), 3)))
	fmt.Println("stdout only")
}
