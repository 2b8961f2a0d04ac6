// Covers: assignability of function types, named func types with methods, func types as interface impls.
package main

import "fmt"

type HandlerFunc func(string) string

func (f HandlerFunc) Handle(s string) string { return f(s) }

type Handler interface{ Handle(string) string }

func upper(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = c - 32
		}
	}
	return string(b)
}

func chain(hs ...Handler) Handler {
	return HandlerFunc(func(s string) string {
		for _, h := range hs {
			s = h.Handle(s)
		}
		return s
	})
}

func main() {
	var h Handler = HandlerFunc(upper)
	fmt.Println(h.Handle("go"))
	exclaim := HandlerFunc(func(s string) string { return s + "!" })
	fmt.Println(chain(h, exclaim, exclaim).Handle("hey"))
	var raw func(string) string = exclaim // named to unnamed func type
	fmt.Println(raw("x"))
}
