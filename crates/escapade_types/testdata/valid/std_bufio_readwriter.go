// Covers: bufio.Reader Peek/ReadLine/ReadBytes, bufio.Scanner with custom split (ScanRunes) and Buffer, bufio.NewReadWriter.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
)

func main() {
	r := bufio.NewReader(strings.NewReader("HEADER\nbody line 1\nbody line 2\n"))
	peek, _ := r.Peek(6)
	fmt.Println(string(peek))
	line, isPrefix, err := r.ReadLine()
	fmt.Println(string(line), isPrefix, err)
	b, _ := r.ReadBytes('\n')
	fmt.Printf("%q\n", b)
	sc := bufio.NewScanner(strings.NewReader("añb"))
	sc.Split(bufio.ScanRunes)
	var runes []string
	for sc.Scan() {
		runes = append(runes, sc.Text())
	}
	fmt.Println(runes, len(runes))
	var out bytes.Buffer
	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("ping")), bufio.NewWriter(&out))
	word, _ := rw.ReadString('\n')
	rw.WriteString("got " + word)
	rw.Flush()
	fmt.Println(out.String())
	big := bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100)))
	big.Buffer(make([]byte, 16), 256)
	for big.Scan() {
		fmt.Println(len(big.Text()))
	}
}
