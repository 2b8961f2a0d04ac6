// bytes.Buffer Next/Truncate/ReadString, bytes.Cut (results share the array), bytes.EqualFold,
// strings.CutPrefix/CutSuffix.
package main

import (
	"bytes"
	"fmt"
	"strings"
)

func main() {
	var buf bytes.Buffer
	buf.WriteString("0123456789")
	fmt.Println(string(buf.Next(3)), buf.String(), buf.Len())
	d := buf.Next(100)
	fmt.Println(string(d), len(d), buf.Len(), len(buf.Next(2)))
	buf.WriteString("abc\ndef\nghi")
	buf.Truncate(9)
	fmt.Printf("%q %d\n", buf.String(), buf.Len())
	line, err := buf.ReadString('\n')
	fmt.Printf("%q %v %d\n", line, err, buf.Len())
	line, err = buf.ReadString('\n')
	fmt.Printf("%q %v %d\n", line, err, buf.Len())
	line, err = buf.ReadString('\n')
	fmt.Printf("%q %v %d\n", line, err, buf.Len())
	buf.WriteString("xyz")
	buf.Truncate(0)
	fmt.Printf("%q %d\n", buf.String(), buf.Len())

	s := []byte("key=value=x")
	before, after, ok := bytes.Cut(s, []byte("="))
	fmt.Println(string(before), string(after), ok, len(before), len(after))
	after[0] = 'V'
	fmt.Println(string(s))
	b2, a2, ok2 := bytes.Cut(s, []byte("#"))
	fmt.Println(string(b2), a2 == nil, ok2)
	fmt.Println(bytes.EqualFold([]byte("Go"), []byte("GO")), bytes.EqualFold([]byte("a"), []byte("b")))
	fmt.Println(strings.CutPrefix("prefix-body", "prefix-"))
	fmt.Println(strings.CutPrefix("body", "x"))
	fmt.Println(strings.CutSuffix("file.go", ".go"))
	fmt.Println(strings.CutSuffix("file.go", ".rs"))
}
