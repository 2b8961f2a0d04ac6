// Covers: bufio.Scanner over lines and words, bufio.NewReader ReadString/ReadRune, bufio.Writer Flush.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

const input = `first line
second line here
third`

func main() {
	sc := bufio.NewScanner(strings.NewReader(input))
	lines := 0
	for sc.Scan() {
		lines++
		fmt.Printf("%d: %s\n", lines, sc.Text())
	}
	if err := sc.Err(); err != nil {
		fmt.Println("error:", err)
	}
	words := bufio.NewScanner(strings.NewReader(input))
	words.Split(bufio.ScanWords)
	count := 0
	for words.Scan() {
		count++
	}
	fmt.Println("words:", count)
	r := bufio.NewReader(strings.NewReader("héllo\nworld"))
	ch, size, _ := r.ReadRune()
	fmt.Println(string(ch), size)
	rest, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", rest, err)
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "buffered %d\n", 42)
	w.Flush()
}
