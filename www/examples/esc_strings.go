// string and []byte conversions. Compare with `go build -gcflags='-m -l'`.
package main

import "fmt"

// A string to []byte conversion whose bytes stay local and are only read:
// gc reports it does not escape and, here, prints
// "zero-copy string->[]byte conversion" (no copy is made).
func countA(s string) int {
	b := []byte(s)
	n := 0
	for _, c := range b {
		if c == 'a' {
			n++
		}
	}
	return n
}

// Returning the converted bytes: the conversion escapes to heap.
func toBytes(s string) []byte {
	return []byte(s)
}

// A []byte to string conversion only compared: it does not escape.
func isHello(b []byte) bool {
	return string(b) == "hello"
}

// A []byte to string conversion that is returned escapes to heap.
func toString(b []byte) string {
	return string(b)
}

// Concatenation builds a new string; returned, it escapes.
func greet(name string) string {
	return "hello, " + name
}

func main() {
	fmt.Println(countA("banana"), len(toBytes("xy")), isHello([]byte("hello")),
		toString([]byte{'o', 'k'}), greet("go"))
}
