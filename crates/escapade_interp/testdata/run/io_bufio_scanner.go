// Covers: bufio.Scanner as Go runs it over any reader: the buffer (4096 bytes, doubling up to
// the maximum token size, ErrTooLong), Buffer with a small buffer and maximum, ScanLines with
// CR LF, ScanWords over many reads, ScanRunes with invalid UTF-8, ScanBytes' views, a custom
// split function (its calls counted, ErrFinalToken), a split function wrapping ScanWords and
// failing, an empty input.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

type chunky struct {
	src   string
	most  int
	sizes []int
}

func (c *chunky) Read(p []byte) (int, error) {
	c.sizes = append(c.sizes, len(p))
	if c.src == "" {
		return 0, io.EOF
	}
	n := copy(p[:min(len(p), c.most)], c.src)
	c.src = c.src[n:]
	return n, nil
}

func main() {
	sc := bufio.NewScanner(&chunky{src: "one two\nthree\r\n\nfour", most: 3})
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println(sc.Err())
	ch := &chunky{src: strings.Repeat("word ", 2000), most: 5000}
	ws := bufio.NewScanner(ch)
	ws.Split(bufio.ScanWords)
	n := 0
	for ws.Scan() {
		n++
	}
	fmt.Println(n, ws.Err(), ch.sizes)
	long := bufio.NewScanner(strings.NewReader(strings.Repeat("x", 70000) + "\nshort"))
	for long.Scan() {
		fmt.Println(len(long.Text()))
	}
	fmt.Println(long.Err(), errors.Is(long.Err(), bufio.ErrTooLong))
	small := bufio.NewScanner(strings.NewReader("abcdefghij\nklm"))
	small.Buffer(make([]byte, 4), 8)
	for small.Scan() {
		fmt.Println(small.Text())
	}
	fmt.Println(small.Err())
	commas := bufio.NewScanner(strings.NewReader("a,bb,,ccc,"))
	calls := 0
	commas.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		calls++
		if i := bytes.IndexByte(data, ','); i >= 0 {
			return i + 1, data[:i], nil
		}
		if atEOF && len(data) > 0 {
			return len(data), data, bufio.ErrFinalToken
		}
		return 0, nil, nil
	})
	for commas.Scan() {
		fmt.Printf("%q ", commas.Text())
	}
	fmt.Println(commas.Err(), calls)
	stop := bufio.NewScanner(strings.NewReader("1 2 3 x 4"))
	stop.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		adv, tok, err := bufio.ScanWords(data, atEOF)
		if err == nil && tok != nil && string(tok) == "x" {
			return 0, nil, errors.New("bad token x")
		}
		return adv, tok, err
	})
	for stop.Scan() {
		fmt.Print(stop.Text(), " ")
	}
	fmt.Println(stop.Err())
	rs := bufio.NewScanner(strings.NewReader("añ\xffb"))
	rs.Split(bufio.ScanRunes)
	for rs.Scan() {
		fmt.Printf("%q ", rs.Bytes())
	}
	fmt.Println()
	bs := bufio.NewScanner(strings.NewReader("xyz"))
	bs.Split(bufio.ScanBytes)
	var got [][]byte
	for bs.Scan() {
		got = append(got, bs.Bytes())
	}
	fmt.Printf("%q\n", got)
	empty := bufio.NewScanner(strings.NewReader(""))
	fmt.Println(empty.Scan(), empty.Err(), empty.Scan())
}
