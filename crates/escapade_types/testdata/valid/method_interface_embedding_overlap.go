// Covers: interfaces embedding overlapping interfaces (identical methods allowed), io-style composition.
package main

import (
	"fmt"
	"strings"
)

type Reader interface{ Read() string }
type Closer interface{ Close() error }
type ReadCloser interface {
	Reader
	Closer
}
type ReadCloser2 interface {
	ReadCloser
	Reader // duplicate method via embedding is fine
}

type file struct {
	data   []string
	closed bool
}

func (f *file) Read() string {
	if len(f.data) == 0 {
		return ""
	}
	s := f.data[0]
	f.data = f.data[1:]
	return s
}

func (f *file) Close() error { f.closed = true; return nil }

func drain(r ReadCloser2) string {
	defer r.Close()
	var parts []string
	for s := r.Read(); s != ""; s = r.Read() {
		parts = append(parts, s)
	}
	return strings.Join(parts, "+")
}

func main() {
	f := &file{data: []string{"a", "b", "c"}}
	fmt.Println(drain(f), f.closed)
}
