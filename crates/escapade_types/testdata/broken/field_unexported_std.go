// Mistake: accessing an unexported field of a std type.
package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	b.WriteString("x")
	fmt.Println(b.buf)
}
