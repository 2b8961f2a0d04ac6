// maps.DeleteFunc (the callback sees every entry once, deletions as Go's range does),
// strings.ToValidUTF8, bytes.LastIndex.
package main

import (
	"bytes"
	"fmt"
	"maps"
	"strings"
)

func main() {
	m := map[string]int{}
	for i := 0; i < 20; i++ {
		m[fmt.Sprint("k", i)] = i
	}
	calls := 0
	maps.DeleteFunc(m, func(k string, v int) bool {
		calls++
		return v%3 != 0
	})
	fmt.Println(len(m), calls, m)
	var nilMap map[int]bool
	maps.DeleteFunc(nilMap, func(int, bool) bool { return true })
	fmt.Println(len(nilMap))
	fmt.Printf("%q %q %q\n", strings.ToValidUTF8("a\xff\xfeb\xffc", "?"), strings.ToValidUTF8("ok\uFFFD", "-"), strings.ToValidUTF8("\xe2\x82", "[]"))
	fmt.Println(bytes.LastIndex([]byte("go gopher go"), []byte("go")), bytes.LastIndex([]byte("x"), nil), bytes.LastIndex([]byte("abc"), []byte("z")))
}
