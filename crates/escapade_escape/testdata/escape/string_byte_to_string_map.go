// string_: string(bytes) as a map key on lookup versus insertion, and in a
// concatenation.
package main

func count(m map[string]int, b []byte) {
	m[string(b)]++
}

func describe(b []byte) string {
	return "bytes: " + string(b)
}

func main() {}
