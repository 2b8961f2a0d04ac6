// fmt.Fprint* to os.Stdout, a bytes.Buffer, a strings.Builder and a user io.Writer; the
// results (n, err) they return; io.EOF and os.ErrNotExist keep one identity.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

type upper struct{ lines []string }

func (u *upper) Write(p []byte) (int, error) {
	u.lines = append(u.lines, strings.ToUpper(string(p)))
	return len(p) - 1, nil
}

func read(n int) error {
	if n == 0 {
		return io.EOF
	}
	return fmt.Errorf("open cfg: %w", os.ErrNotExist)
}

func main() {
	n, err := fmt.Fprintf(os.Stdout, "%s=%d\n", "x", 42)
	fmt.Println(n, err)
	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	buf.WriteByte('!')
	buf.WriteRune('é')
	fmt.Fprintln(&buf, " and", 3)
	fmt.Print(buf.String())
	fmt.Println(buf.Len())
	buf.Reset()
	fmt.Printf("%q %d\n", buf.String(), buf.Len())
	var nb *bytes.Buffer
	fmt.Println(nb.String())
	var sb strings.Builder
	fmt.Fprint(&sb, "a", 1, 2, "b")
	fmt.Println(sb.String())
	u := &upper{}
	var w io.Writer = u
	n, err = fmt.Fprintf(w, "line %d", 1)
	fmt.Fprintln(w, "two")
	fmt.Println(n, err, u.lines)
	os.Stdout.WriteString("direct\n")
	e0, e1 := read(0), read(1)
	fmt.Println(e0 == io.EOF, errors.Is(e1, os.ErrNotExist), e1, e0)
	fmt.Printf("%T %v %q\n", io.EOF, os.ErrNotExist, io.ErrUnexpectedEOF)
	fmt.Fprintln(os.Stderr, "to stderr")
}
