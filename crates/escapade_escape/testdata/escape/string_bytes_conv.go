// string_: string(b) and []byte(s) copy; []byte(s) that is never mutated
// may become a zero-copy conversion.
package main

func toString(b []byte) string {
	return string(b)
}

func toBytes(s string) []byte {
	return []byte(s)
}

func readOnly(s string) int {
	b := []byte(s)
	return len(b)
}

func mutated(s string) byte {
	b := []byte(s)
	b[0] = 'x'
	return b[0]
}

func main() {}
