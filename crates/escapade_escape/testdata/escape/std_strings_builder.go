// std_: strings.Builder: a local builder stays on the stack only when its
// methods' summaries allow; String() returns the buffer.
package main

import "strings"

func join(parts []string) string {
	var b strings.Builder
	for i, p := range parts {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(p)
	}
	return b.String()
}

func main() {
	_ = join([]string{"a", "b"})
}
