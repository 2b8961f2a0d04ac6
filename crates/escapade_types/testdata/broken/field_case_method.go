// Mistake: lower-case method name on a std type (strings.Builder.string).
package main

import (
	"fmt"
	"strings"
)

func main() {
	var sb strings.Builder
	sb.WriteString("go")
	fmt.Println(sb.string())
}
