package main

import (
	"fmt"
	"strings"
)

type Base struct{ ID int }

func (b *Base) Bump()       { b.ID++ }
func (b Base) Name() string { return fmt.Sprint("base", b.ID) }

type User struct {
	Base
	Tags []string
}

func main() {
	u := User{Base: Base{ID: 1}}
	u.Bump()
	f := u.Name
	g := (*Base).Bump
	g(&u.Base)
	var sb strings.Builder
	sb.WriteString(f())
	fmt.Println(sb.String(), len(u.Tags))
}
