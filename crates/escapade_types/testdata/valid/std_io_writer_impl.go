// Covers: implementing io.Writer (counting writer), io.MultiWriter, io.SectionReader, io.CopyN, fmt.Fprint to custom writers.
package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

type CountingWriter struct {
	W     io.Writer
	Bytes int64
	Lines int
}

func (c *CountingWriter) Write(p []byte) (int, error) {
	n, err := c.W.Write(p)
	c.Bytes += int64(n)
	c.Lines += bytes.Count(p[:n], []byte("\n"))
	return n, err
}

func main() {
	var buf bytes.Buffer
	cw := &CountingWriter{W: io.MultiWriter(&buf, os.Stdout)}
	fmt.Fprintln(cw, "first line")
	fmt.Fprintf(cw, "second %d\n", 2)
	fmt.Println(cw.Bytes, cw.Lines, buf.Len())
	sec := io.NewSectionReader(strings.NewReader("0123456789"), 3, 4)
	part, _ := io.ReadAll(sec)
	fmt.Println(string(part))
	var out strings.Builder
	n, err := io.CopyN(&out, strings.NewReader("abcdef"), 4)
	fmt.Println(n, err, out.String())
}
