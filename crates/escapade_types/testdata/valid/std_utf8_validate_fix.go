// Covers: utf8.Valid on bytes, replacing invalid sequences, utf8.FullRune, utf8.RuneStart, counting runes in []byte.
package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func sanitize(b []byte) string {
	var sb strings.Builder
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if r == utf8.RuneError && size == 1 {
			sb.WriteRune('?')
		} else {
			sb.WriteRune(r)
		}
		b = b[size:]
	}
	return sb.String()
}

func main() {
	good := []byte("héllo")
	bad := []byte{'o', 'k', 0xff, 'x', 0xe4, 0xb8}
	fmt.Println(utf8.Valid(good), utf8.Valid(bad), utf8.RuneCount(good))
	fmt.Println(sanitize(bad))
	fmt.Println(utf8.FullRune([]byte{0xe4, 0xb8}), utf8.FullRune([]byte("世")), utf8.RuneStart(good[2]))
	fmt.Println(strings.ToValidUTF8(string(bad), "�"))
}
