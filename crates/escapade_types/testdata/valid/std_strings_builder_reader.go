// Covers: strings.Builder, strings.NewReader, strings.Map, strings.FieldsFunc, strings.NewReplacer, strings.Lines.
package main

import (
	"fmt"
	"io"
	"strings"
	"unicode"
)

func main() {
	var b strings.Builder
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&b, "%d...", i)
	}
	b.WriteString("liftoff")
	b.WriteByte('!')
	b.WriteRune('🚀')
	fmt.Println(b.String(), b.Len())
	r := strings.NewReader("some data")
	buf := make([]byte, 4)
	n, _ := r.Read(buf)
	rest, _ := io.ReadAll(r)
	fmt.Println(n, string(buf), string(rest))
	rot13 := func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		}
		return r
	}
	fmt.Println(strings.Map(rot13, "Hello, Gopher"))
	fmt.Println(strings.FieldsFunc("a1b22c333", unicode.IsDigit))
	rep := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(rep.Replace("<b>bold</b>"))
	for line := range strings.Lines("one\ntwo\nthree") {
		fmt.Printf("%q ", line)
	}
	fmt.Println()
}
