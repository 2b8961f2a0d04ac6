// Covers: *strings.Reader and *bytes.Reader UnreadByte/UnreadRune (Go's error texts at the
// start and after other reads), Seek from start/current/end (negative position, invalid
// whence, past the end then Read), WriteTo.
package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

func main() {
	r := strings.NewReader("héllo")
	fmt.Println(r.UnreadByte(), r.UnreadRune())
	c, _ := r.ReadByte()
	fmt.Println(string(c), r.UnreadByte(), r.Len(), r.UnreadRune())
	x, n, _ := r.ReadRune()
	x2, n2, _ := r.ReadRune()
	fmt.Println(string(x), n, string(x2), n2, r.UnreadRune(), r.Len(), r.UnreadRune())
	pos, err := r.Seek(-2, io.SeekEnd)
	fmt.Println(pos, err, r.Len())
	pos, err = r.Seek(1, io.SeekCurrent)
	fmt.Println(pos, err, r.Len())
	pos, err = r.Seek(-10, io.SeekCurrent)
	fmt.Println(pos, err)
	pos, err = r.Seek(0, 7)
	fmt.Println(pos, err)
	pos, err = r.Seek(100, io.SeekStart)
	b := make([]byte, 3)
	k, err2 := r.Read(b)
	fmt.Println(pos, err, k, err2, r.Len())
	r.Seek(1, io.SeekStart)
	var sb strings.Builder
	m, err := r.WriteTo(&sb)
	fmt.Println(m, err, sb.String(), r.Len())
	br := bytes.NewReader([]byte("ab"))
	fmt.Println(br.UnreadByte(), br.UnreadRune())
	br.ReadRune()
	fmt.Println(br.UnreadRune(), br.Len())
	var buf bytes.Buffer
	m, err = br.WriteTo(&buf)
	fmt.Println(m, err, buf.String())
	_, err = br.Seek(-1, io.SeekStart)
	fmt.Println(err)
}
