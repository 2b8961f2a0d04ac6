// Covers: unix-style permission bits with typed constants, bitwise ops, octal literals, String via strings.Builder.
package main

import (
	"fmt"
	"strings"
)

type Perm uint16

const (
	OtherX Perm = 1 << iota
	OtherW
	OtherR
	GroupX
	GroupW
	GroupR
	UserX
	UserW
	UserR
)

func (p Perm) String() string {
	var b strings.Builder
	chars := "rwxrwxrwx"
	for i := 8; i >= 0; i-- {
		if p&(1<<uint(i)) != 0 {
			b.WriteByte(chars[8-i])
		} else {
			b.WriteByte('-')
		}
	}
	return b.String()
}

func main() {
	p := Perm(0o754)
	fmt.Println(p, p&UserW != 0, p&OtherW != 0)
	p |= OtherW
	p &^= GroupX
	fmt.Println(p)
	fmt.Printf("%o %#o %b\n", uint16(p), uint16(p), uint16(UserR|UserW))
}
