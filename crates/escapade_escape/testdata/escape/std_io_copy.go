// std_: io interfaces: io.Copy, io.ReadAll, io.WriteString leak their
// arguments (interface calls inside).
package main

import (
	"io"
	"strings"
)

func copyAll(dst io.Writer, src io.Reader) int64 {
	n, _ := io.Copy(dst, src)
	return n
}

func readString(s string) []byte {
	b, _ := io.ReadAll(strings.NewReader(s))
	return b
}

func main() {
	_ = readString("x")
	var sb strings.Builder
	_ = copyAll(&sb, strings.NewReader("y"))
}
