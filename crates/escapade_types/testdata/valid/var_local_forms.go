// Covers: local var forms: var with type, var with init, short decl, multi-assign from function, var blocks.
package main

import (
	"fmt"
	"os"
)

func main() {
	var a int
	var b = 2
	var c, d int = 3, 4
	var (
		e = "e"
		f bool
	)
	g := 5.5
	h, i := "h", 'i'
	var j, k = os.Getenv("ESCAPADE_SURELY_UNSET"), len("k")
	fmt.Println(a, b, c, d, e, f, g, h, i, j == "", k)
	var ptr *int = &b
	var iface fmt.Stringer
	var fn func(int) int
	fmt.Println(*ptr, iface == nil, fn == nil)
}
