// append_: byte-slice building with append: strings appended with s...
package main

func line(a, b string) []byte {
	var buf []byte
	buf = append(buf, a...)
	buf = append(buf, ' ')
	buf = append(buf, b...)
	return buf
}

func lineLen(a, b string) int {
	buf := make([]byte, 0, 32)
	buf = append(buf, a...)
	buf = append(buf, b...)
	return len(buf)
}

func main() {}
