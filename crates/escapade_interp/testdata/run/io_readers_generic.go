// Covers: reading from any io.Reader: a program type's Read called with Go's buffer lengths
// (bytes.Buffer.ReadFrom, io.Copy's 32 KiB,
// io.Discard's 8 KiB), io.MultiReader/TeeReader/LimitReader/SectionReader, io.ReadFull and
// ReadAtLeast errors, io.CopyN, io.MultiWriter with a short write, io.WriteString,
// bytes.Reader, bytes.Buffer as a reader, bufio.Reader.Peek/Read.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

type chunky struct {
	left  int
	sizes []int
}

func (c *chunky) Read(p []byte) (int, error) {
	c.sizes = append(c.sizes, len(p))
	if c.left == 0 {
		return 0, io.EOF
	}
	n := min(len(p), c.left, 700)
	for i := range n {
		p[i] = byte('a' + i%26)
	}
	c.left -= n
	return n, nil
}

type shortWriter struct{ max int }

func (s shortWriter) Write(p []byte) (int, error) {
	if len(p) > s.max {
		return s.max, nil
	}
	return len(p), nil
}

type plainWriter struct{ got []string }

func (w *plainWriter) Write(p []byte) (int, error) {
	w.got = append(w.got, string(p))
	return len(p), nil
}

func main() {
	all, err := io.ReadAll(io.LimitReader(strings.NewReader(strings.Repeat("z", 3000)), 2000))
	fmt.Println(len(all), err)

	c := &chunky{left: 1500}
	var buf bytes.Buffer
	n, err := io.Copy(&buf, c)
	fmt.Println(n, err, buf.Len(), c.sizes)

	c = &chunky{left: 1000}
	pw := &plainWriter{}
	n, err = io.Copy(struct{ io.Writer }{pw}, c)
	fmt.Println(n, err, len(pw.got), c.sizes)

	c = &chunky{left: 100}
	n, err = io.Copy(io.Discard, c)
	fmt.Println(n, err, c.sizes)

	mr := io.MultiReader(strings.NewReader("ab"), bytes.NewReader([]byte("cd")), strings.NewReader(""))
	p := make([]byte, 8)
	for {
		k, err := mr.Read(p)
		fmt.Printf("%d %q %v\n", k, p[:k], err)
		if err != nil {
			break
		}
	}
	var seen strings.Builder
	tee := io.TeeReader(strings.NewReader("teed text"), &seen)
	lim, err := io.ReadAll(io.LimitReader(tee, 4))
	fmt.Printf("%q %v %q\n", lim, err, seen.String())

	sec := io.NewSectionReader(strings.NewReader("0123456789"), 3, 4)
	part, _ := io.ReadAll(sec)
	fmt.Println(string(part), sec.Size())

	full := make([]byte, 5)
	k, err := io.ReadFull(strings.NewReader("xy"), full)
	fmt.Println(k, err, errors.Is(err, io.ErrUnexpectedEOF))
	k, err = io.ReadFull(strings.NewReader(""), full)
	fmt.Println(k, err == io.EOF)
	k, err = io.ReadAtLeast(strings.NewReader("abcdef"), full[:2], 3)
	fmt.Println(k, err)
	k, err = io.ReadAtLeast(&chunky{left: 10}, full, 3)
	fmt.Println(k, err, string(full[:k]))

	var out strings.Builder
	n, err = io.CopyN(&out, strings.NewReader("abcdef"), 4)
	fmt.Println(n, err, out.String())
	n, err = io.CopyN(&out, strings.NewReader("ab"), 4)
	fmt.Println(n, err, out.String())

	var b1, b2 bytes.Buffer
	mw := io.MultiWriter(&b1, io.MultiWriter(&b2, io.Discard))
	fmt.Fprintf(mw, "to %d writers\n", 3)
	io.WriteString(mw, "again\n")
	fmt.Print(b1.String(), b2.String())
	k, err = io.MultiWriter(&b1, shortWriter{2}).Write([]byte("hello"))
	fmt.Println(k, err, err == io.ErrShortWrite)
	fmt.Printf("%T %T\n", mw, io.Discard)

	br := bytes.NewReader([]byte("bytes reader"))
	first := make([]byte, 5)
	br.Read(first)
	fmt.Println(string(first), br.Len(), br.Size())
	rest, _ := io.ReadAll(br)
	fmt.Println(string(rest))

	src := bytes.NewBufferString("buffered data")
	var dst strings.Builder
	n, err = io.Copy(&dst, src)
	fmt.Println(n, err, dst.String(), src.Len())

	r := bufio.NewReader(strings.NewReader("HEADER\nbody"))
	peek, err := r.Peek(6)
	fmt.Println(string(peek), err)
	line, _ := r.ReadString('\n')
	fmt.Printf("%q\n", line)
	peek, err = r.Peek(10)
	fmt.Printf("%q %v\n", peek, err)
	got := make([]byte, 3)
	k, err = r.Read(got)
	fmt.Println(k, err, string(got[:k]))
}
