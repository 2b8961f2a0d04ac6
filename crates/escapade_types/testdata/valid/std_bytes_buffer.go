// Covers: bytes.Buffer read/write, bytes.Equal/Contains/Split/Fields/ToUpper/TrimSpace/Index, bytes.NewReader.
package main

import (
	"bytes"
	"fmt"
	"io"
)

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	buf.WriteByte('\n')
	fmt.Fprintf(&buf, "%d items\n", 3)
	fmt.Print(buf.String())
	line, err := buf.ReadString('\n')
	fmt.Printf("%q %v %d\n", line, err, buf.Len())
	data := []byte("  a,b,c  ")
	trimmed := bytes.TrimSpace(data)
	parts := bytes.Split(trimmed, []byte(","))
	fmt.Println(len(parts), string(bytes.Join(parts, []byte("|"))))
	fmt.Println(bytes.Equal([]byte("x"), []byte("x")), bytes.Contains(data, []byte("b,c")), bytes.Index(data, []byte("c")))
	fmt.Println(string(bytes.ToUpper(trimmed)), len(bytes.Fields([]byte(" x  y "))))
	r := bytes.NewReader([]byte("reader"))
	all, _ := io.ReadAll(r)
	fmt.Println(string(all), bytes.HasPrefix(all, []byte("re")))
	fmt.Println(bytes.Compare([]byte("a"), []byte("b")))
}
