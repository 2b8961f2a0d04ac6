// strconv.Append* build byte slices; Unquote handles quoted forms.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	b := []byte("n=")
	b = strconv.AppendInt(b, -7, 10)
	b = append(b, ' ')
	b = strconv.AppendBool(b, true)
	b = append(b, ' ')
	b = strconv.AppendQuote(b, "q")
	b = append(b, ' ')
	b = strconv.AppendFloat(b, 2.5, 'f', 1, 64)
	fmt.Println(string(b))
	for _, s := range []string{`"a\tb"`, "`raw`", `'x'`, `"bad`} {
		u, err := strconv.Unquote(s)
		fmt.Printf("%q %v\n", u, err)
	}
}
