// Covers: package bytes functions parallel to strings (Trim family with Go's nil results,
// TrimSpace, Split/SplitN/SplitAfter/Fields/FieldsFunc sharing the argument's array with
// clipped capacities, Join, ToUpper/ToLower/Title/Map, Equal/Compare/Index*/Contains*),
// bytes.NewBuffer/NewBufferString, and strings.FieldsFunc's empty (non-nil) result.
package main

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
)

func show(name string, b []byte) {
	fmt.Printf("%s: %q nil=%v len=%d\n", name, b, b == nil, len(b))
}

func main() {
	data := []byte("  a,b,c  ")
	t := bytes.TrimSpace(data)
	show("TrimSpace", t)
	t[0] = 'A' // shares data's array
	fmt.Printf("%q\n", data)
	show("TrimSpace all", bytes.TrimSpace([]byte("   ")))
	show("TrimSpace empty", bytes.TrimSpace([]byte{}))
	show("Trim", bytes.Trim([]byte("xxhixx"), "x"))
	show("Trim all", bytes.Trim([]byte("xxxx"), "x"))
	show("Trim empty cutset", bytes.Trim([]byte("xx"), ""))
	show("Trim nil", bytes.Trim(nil, "x"))
	show("TrimLeft", bytes.TrimLeft([]byte("aabcaa"), "a"))
	show("TrimLeft all", bytes.TrimLeft([]byte("aaa"), "a"))
	show("TrimRight", bytes.TrimRight([]byte("aabcaa"), "a"))
	show("TrimRight all", bytes.TrimRight([]byte("aaa"), "a"))
	show("TrimPrefix", bytes.TrimPrefix([]byte("prefix-body"), []byte("prefix-")))
	show("TrimSuffix", bytes.TrimSuffix([]byte("body.go"), []byte(".go")))
	calls := 0
	digit := func(r rune) bool { calls++; return unicode.IsDigit(r) }
	show("TrimFunc", bytes.TrimFunc([]byte("12ab34"), digit))
	fmt.Println("calls", calls)
	show("TrimFunc all", bytes.TrimFunc([]byte("123"), digit))
	show("TrimLeftFunc all", bytes.TrimLeftFunc([]byte("123"), digit))
	show("TrimRightFunc all", bytes.TrimRightFunc([]byte("123"), digit))
	show("TrimRightFunc", bytes.TrimRightFunc([]byte("ab12"), digit))

	parts := bytes.Split([]byte("a,b,,c"), []byte(","))
	fmt.Println(len(parts), cap(parts))
	for _, p := range parts[:3] {
		fmt.Printf("%q %d %d\n", p, len(p), cap(p))
	}
	src := make([]byte, 5, 10)
	copy(src, "k=v=w")
	kv := bytes.SplitN(src, []byte("="), 2)
	fmt.Printf("%q %d %d\n", kv, cap(kv[0]), cap(kv[1]))
	kv[1][0] = 'V'
	fmt.Printf("%s\n", src)
	after := bytes.SplitAfter([]byte("x;y;z"), []byte(";"))
	fmt.Printf("%q %d\n", after, cap(after[0]))
	ex := bytes.Split([]byte("héllo"), nil)
	fmt.Printf("%q %d %d\n", ex, len(ex), cap(ex))
	abc := make([]byte, 3, 8)
	copy(abc, "abc")
	ex2 := bytes.SplitN(abc, nil, 2)
	fmt.Printf("%q %d %d\n", ex2, cap(ex2[0]), cap(ex2[1]))
	fmt.Println(bytes.SplitN([]byte("abc"), []byte("b"), 0) == nil)

	fields := bytes.Fields([]byte("  alpha  beta\tgamma "))
	for _, f := range fields {
		fmt.Printf("%q %d ", f, cap(f))
	}
	fmt.Println(len(fields))
	ff := bytes.FieldsFunc([]byte("a1b22c"), unicode.IsDigit)
	fmt.Printf("%q %d\n", ff, cap(ff[1]))
	fmt.Println(bytes.Fields([]byte("   ")) == nil, bytes.FieldsFunc(nil, unicode.IsDigit) == nil)
	fmt.Println(strings.FieldsFunc("", unicode.IsDigit) == nil, len(strings.FieldsFunc("12", unicode.IsDigit)))

	fmt.Printf("%q\n", bytes.Join([][]byte{[]byte("a"), []byte("b"), []byte("c")}, []byte(", ")))
	show("Join none", bytes.Join(nil, []byte(",")))
	show("Join one empty", bytes.Join([][]byte{{}}, []byte(",")))
	show("Join one", bytes.Join([][]byte{[]byte("solo")}, []byte(",")))

	fmt.Printf("%s %s %s\n", bytes.ToUpper([]byte("mixed Case")), bytes.ToLower([]byte("MiXeD")), bytes.Title([]byte("go is fun")))
	fmt.Printf("%s\n", bytes.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return r + 1
	}, []byte("banana")))
	fmt.Println(bytes.Equal([]byte("x"), []byte("x")), bytes.Equal(nil, []byte{}), bytes.Compare([]byte("a"), []byte("b")))
	fmt.Println(bytes.Contains(data, []byte("b,c")), bytes.ContainsAny([]byte("hello"), "xyz"), bytes.ContainsRune([]byte("héllo"), 'é'))
	fmt.Println(bytes.Index([]byte("chicken"), []byte("ken")), bytes.IndexAny([]byte("golang"), "ny"), bytes.IndexRune([]byte("chicken"), 'k'))
	fmt.Println(bytes.HasPrefix([]byte("golang"), []byte("go")), bytes.HasSuffix([]byte("golang"), []byte("ng")))
	fmt.Println(bytes.IndexFunc([]byte("ab1"), unicode.IsDigit), bytes.LastIndexFunc([]byte("1ab"), unicode.IsDigit), bytes.LastIndexByte([]byte("abca"), 'a'))
	fmt.Println(bytes.ContainsFunc([]byte("abc"), unicode.IsUpper))
	c := bytes.Clone([]byte("clone"))
	fmt.Printf("%s %v\n", c, bytes.Clone(nil) == nil)

	b := bytes.NewBufferString("start ")
	b.WriteString("more")
	fmt.Println(b.String(), b.Len())
	nb := bytes.NewBuffer([]byte("raw"))
	nb.WriteByte('!')
	fmt.Println(nb.String())
}
