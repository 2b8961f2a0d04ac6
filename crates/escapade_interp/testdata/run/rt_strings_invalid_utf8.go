// Covers: strings functions that decode runes over invalid UTF-8 (an invalid byte is U+FFFD of
// width 1): TrimFunc/TrimLeftFunc/TrimRightFunc, IndexFunc/LastIndexFunc/ContainsFunc,
// FieldsFunc, Fields, TrimSpace, Map and ToUpper/ToLower/ToTitle (an unchanged invalid byte
// comes out as U+FFFD).
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	inputs := []string{"\xff  a\xe2\x82b \xc3\xa9\xa9 \xf0\x9f\x98", "  ok  ", "\xffx\xff", "", "\xc3", "é\xbd\xb2=\xbc ⌘", "\ufffd\xff\ufffd", "ǅ\xbdß"}
	bad := func(r rune) bool { return r == unicode.ReplacementChar }
	for _, s := range inputs {
		fmt.Printf("%q %q %q\n", strings.TrimFunc(s, unicode.IsSpace), strings.TrimLeftFunc(s, bad), strings.TrimRightFunc(s, bad))
		fmt.Println(strings.IndexFunc(s, bad), strings.LastIndexFunc(s, bad), strings.ContainsFunc(s, unicode.IsLetter), strings.IndexFunc(s, unicode.IsSpace))
		fmt.Printf("%q\n", strings.FieldsFunc(s, unicode.IsSpace))
		fmt.Printf("%q %q %q\n", strings.Map(func(r rune) rune { return r }, s), strings.Map(unicode.ToUpper, s), strings.Map(func(r rune) rune {
			if r == unicode.ReplacementChar {
				return -1
			}
			return r
		}, s))
		fmt.Printf("%q %q %q\n", strings.TrimFunc(s, bad), strings.Fields(s), strings.TrimSpace(s))
		fmt.Printf("%q %q %q\n", strings.ToUpper(s), strings.ToLower(s), strings.ToTitle(s))
	}
}
