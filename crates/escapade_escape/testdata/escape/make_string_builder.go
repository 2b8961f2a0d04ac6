// make_: byte slices made for building strings, converted at the end.
package main

func repeat(c byte, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = c
	}
	return string(b)
}

func fixed() string {
	b := make([]byte, 4)
	b[0] = 'a'
	return string(b)
}

func main() {}
