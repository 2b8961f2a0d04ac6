// std_: bytes.Buffer locals and returned buffers.
package main

import "bytes"

func render(items []string) []byte {
	var buf bytes.Buffer
	for _, it := range items {
		buf.WriteString(it)
		buf.WriteByte('\n')
	}
	return buf.Bytes()
}

func newBuf(b []byte) *bytes.Buffer {
	return bytes.NewBuffer(b)
}

func main() {
	_ = render([]string{"a"})
	_ = newBuf(nil)
}
