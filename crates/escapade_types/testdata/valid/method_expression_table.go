// Covers: method expressions stored in tables, calling with explicit receivers, interface method expressions.
package main

import (
	"fmt"
	"strings"
)

type Text string

func (t Text) Upper() Text { return Text(strings.ToUpper(string(t))) }
func (t Text) Reverse() Text {
	r := []rune(t)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return Text(r)
}
func (t Text) Trim() Text { return Text(strings.TrimSpace(string(t))) }

func main() {
	steps := []func(Text) Text{Text.Trim, Text.Upper, Text.Reverse}
	t := Text("  hello ")
	for _, s := range steps {
		t = s(t)
	}
	fmt.Println(t)
	str := fmt.Stringer.String
	var sb strings.Builder
	sb.WriteString("iface")
	fmt.Println(str(&sb))
}
