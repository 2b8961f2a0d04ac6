// bufio.Reader over a strings.Reader (ReadRune/ReadByte/ReadString/ReadBytes/ReadLine,
// Buffered, io.EOF at the end) and bufio.Writer: output stays buffered until Flush or a full
// 4096-byte buffer, interleaving with direct prints as in Go; a user writer sees the chunks.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

type chunks struct{ sizes []int }

func (c *chunks) Write(p []byte) (int, error) {
	c.sizes = append(c.sizes, len(p))
	return len(p), nil
}

func main() {
	src := strings.NewReader("héllo\nsecond line\r\nthird\nlast")
	r := bufio.NewReader(src)
	ch, size, err := r.ReadRune()
	fmt.Println(string(ch), size, err, src.Len(), r.Buffered())
	b, _ := r.ReadByte()
	rest, err := r.ReadString('\n')
	fmt.Printf("%c %q %v\n", b, rest, err)
	line, prefix, err := r.ReadLine()
	fmt.Printf("%q %v %v\n", line, prefix, err)
	bs, err := r.ReadBytes('\n')
	fmt.Printf("%q %v\n", bs, err)
	tail, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", tail, err)
	_, _, err = r.ReadLine()
	fmt.Println(err)

	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "buffered %d\n", 42)
	fmt.Println("direct first")
	w.WriteString("then flushed\n")
	fmt.Println(w.Buffered(), w.Available())
	w.Flush()
	c := &chunks{}
	cw := bufio.NewWriter(c)
	for i := 0; i < 1000; i++ {
		cw.WriteString("abcdefg")
	}
	cw.Write(make([]byte, 5000))
	cw.WriteRune('é')
	cw.WriteByte('!')
	fmt.Println(c.sizes, cw.Buffered())
	cw.Flush()
	big := bufio.NewWriter(c)
	big.WriteString(strings.Repeat("z", 9000))
	fmt.Println(c.sizes, big.Buffered(), bufio.NewWriter(big) == big)
}
