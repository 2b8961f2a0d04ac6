// Covers: bytes.Runes/Count/IndexByte/LastIndex/Repeat/ReplaceAll/Title-free/EqualFold/Cut, bytes.Buffer Truncate/Next.
package main

import (
	"bytes"
	"fmt"
)

func main() {
	b := []byte("gopher güde")
	fmt.Println(len(b), len(bytes.Runes(b)), bytes.Count(b, []byte("e")), bytes.IndexByte(b, 'p'))
	fmt.Println(bytes.LastIndex(b, []byte("e")), string(bytes.Repeat([]byte("-"), 5)))
	fmt.Println(string(bytes.ReplaceAll(b, []byte("e"), []byte("3"))), bytes.EqualFold([]byte("Go"), []byte("GO")))
	before, after, ok := bytes.Cut([]byte("key=value"), []byte("="))
	fmt.Println(string(before), string(after), ok)
	var buf bytes.Buffer
	buf.WriteString("0123456789")
	fmt.Println(string(buf.Next(3)), buf.String())
	buf.Truncate(2)
	fmt.Println(buf.String(), buf.Len())
}
