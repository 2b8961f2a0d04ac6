// Covers: io.Reader/Writer interfaces, io.Copy, io.MultiReader, io.TeeReader, io.LimitReader, io.Pipe, custom Reader, io.EOF.
package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

type upperReader struct{ r io.Reader }

func (u upperReader) Read(p []byte) (int, error) {
	n, err := u.r.Read(p)
	for i := 0; i < n; i++ {
		if p[i] >= 'a' && p[i] <= 'z' {
			p[i] -= 32
		}
	}
	return n, err
}

func main() {
	var out bytes.Buffer
	n, err := io.Copy(&out, upperReader{strings.NewReader("shout")})
	fmt.Println(n, err, out.String())
	mr := io.MultiReader(strings.NewReader("ab"), strings.NewReader("cd"))
	var seen bytes.Buffer
	tee := io.TeeReader(mr, &seen)
	limited, _ := io.ReadAll(io.LimitReader(tee, 3))
	fmt.Println(string(limited), seen.String())
	pr, pw := io.Pipe()
	go func() {
		fmt.Fprint(pw, "through the pipe")
		pw.Close()
	}()
	piped, _ := io.ReadAll(pr)
	fmt.Println(string(piped))
	buf := make([]byte, 8)
	r := strings.NewReader("xy")
	_, err = io.ReadFull(r, buf)
	fmt.Println(err == io.ErrUnexpectedEOF)
	_, err = r.Read(buf)
	fmt.Println(err == io.EOF)
	var w io.Writer = io.Discard
	k, _ := io.WriteString(w, "ignored")
	fmt.Println(k)
}
