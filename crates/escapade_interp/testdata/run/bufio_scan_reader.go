// bufio.Scanner over a strings.Reader by lines (CRLF, no final newline, empty lines), words
// (Unicode spaces) and runes (invalid bytes); strings.Reader Read/ReadByte/ReadRune/Len;
// io.ReadAll of the rest; io.EOF at the end.
package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

func main() {
	sc := bufio.NewScanner(strings.NewReader("one\r\ntwo\n\nthree"))
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("%d %q\n", n, sc.Text())
	}
	fmt.Println(sc.Err(), sc.Scan())
	w := bufio.NewScanner(strings.NewReader("  alpha beta\u00a0gamma\n\tdelta  "))
	w.Split(bufio.ScanWords)
	var words []string
	for w.Scan() {
		words = append(words, w.Text())
	}
	fmt.Printf("%q\n", words)
	rs := bufio.NewScanner(strings.NewReader("añ\xffb"))
	rs.Split(bufio.ScanRunes)
	for rs.Scan() {
		fmt.Printf("%q ", rs.Text())
	}
	fmt.Println()
	r := strings.NewReader("héllo, world")
	buf := make([]byte, 4)
	k, err := r.Read(buf)
	fmt.Println(k, err, string(buf[:k]), r.Len(), r.Size())
	c, _ := r.ReadByte()
	ch, size, _ := r.ReadRune()
	fmt.Println(string(c), string(ch), size)
	rest, err := io.ReadAll(r)
	fmt.Printf("%q %v %d\n", rest, err, r.Len())
	k, err = r.Read(buf)
	fmt.Println(k, err, err == io.EOF)
	empty := bufio.NewScanner(strings.NewReader(""))
	fmt.Println(empty.Scan(), empty.Text() == "")
}
