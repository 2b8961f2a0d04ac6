// Covers: nested io.MultiReaders (a lone nested one flattened, one followed by more readers
// read through), io.Copy from a nested MultiReader (its WriteTo), io.WriteString to a writer
// whose WriteString has another signature (not an io.StringWriter: Write is used), a program
// type's WriteTo and ReadFrom used by io.Copy.
package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

type logWriter struct{ log []string }

func (l *logWriter) Write(p []byte) (int, error) {
	l.log = append(l.log, "Write:"+string(p))
	return len(p), nil
}

// Not io.StringWriter: the result list differs.
func (l *logWriter) WriteString(s string) int {
	l.log = append(l.log, "WriteString:"+s)
	return len(s)
}

type source struct{ text string }

func (s source) Read(p []byte) (int, error) { return 0, io.EOF }

func (s source) WriteTo(w io.Writer) (int64, error) {
	n, err := io.WriteString(w, "<"+s.text+">")
	return int64(n), err
}

type sink struct{ got []string }

func (s *sink) Write(p []byte) (int, error) { return len(p), nil }

func (s *sink) ReadFrom(r io.Reader) (int64, error) {
	b, err := io.ReadAll(io.LimitReader(strings.NewReader("fixed"), 3))
	s.got = append(s.got, string(b))
	return int64(len(b)), err
}

func main() {
	inner := io.MultiReader(strings.NewReader("a"), strings.NewReader("b"))
	outer := io.MultiReader(inner)
	p := make([]byte, 4)
	for {
		n, err := outer.Read(p)
		fmt.Printf("%q %v ", p[:n], err)
		if err != nil {
			break
		}
	}
	fmt.Println()
	mixed := io.MultiReader(io.MultiReader(strings.NewReader("x"), strings.NewReader("y")), strings.NewReader("z"))
	for {
		n, err := mixed.Read(p)
		fmt.Printf("%q %v ", p[:n], err)
		if err != nil {
			break
		}
	}
	fmt.Println()
	var buf bytes.Buffer
	n, err := io.Copy(&buf, io.MultiReader(io.MultiReader(strings.NewReader("1"), bytes.NewReader([]byte("2"))), strings.NewReader("3")))
	fmt.Println(n, err, buf.String())

	lw := &logWriter{}
	io.WriteString(lw, "hello")
	fmt.Fprint(lw, "fmt")
	fmt.Println(lw.log)

	var b2 bytes.Buffer
	n, err = io.Copy(&b2, source{"src"})
	fmt.Println(n, err, b2.String())
	sk := &sink{}
	n, err = io.Copy(sk, strings.NewReader("ignored"))
	fmt.Println(n, err, sk.got)
	n, err = io.Copy(sk, io.LimitReader(source{"x"}, 5))
	fmt.Println(n, err, sk.got)
}
