// io.Copy from a strings.Reader (one Write of the unread rest) to a bytes.Buffer, os.Stdout
// and a user writer; copying an exhausted reader writes nothing.
package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

type logWriter struct{ calls []int }

func (l *logWriter) Write(p []byte) (int, error) {
	l.calls = append(l.calls, len(p))
	return len(p), nil
}

func main() {
	r := strings.NewReader("hello, copy")
	r.ReadByte()
	var buf bytes.Buffer
	n, err := io.Copy(&buf, r)
	fmt.Println(n, err, buf.String(), r.Len())
	n, err = io.Copy(&buf, r)
	fmt.Println(n, err)
	n, err = io.Copy(os.Stdout, strings.NewReader("to stdout\n"))
	fmt.Println(n, err)
	lw := &logWriter{}
	io.Copy(lw, strings.NewReader(strings.Repeat("x", 100000)))
	fmt.Println(lw.calls)
}
