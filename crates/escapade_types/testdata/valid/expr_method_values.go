// Covers: method values (bound receivers) and method expressions (T.M, (*T).M), with value and pointer receivers.
package main

import (
	"fmt"
	"strings"
)

type Acc struct{ total int }

func (a *Acc) Add(n int)     { a.total += n }
func (a Acc) Report() string { return fmt.Sprint("total=", a.total) }

func main() {
	var a Acc
	add := a.Add // bound to &a
	add(3)
	add(4)
	rep := a.Report // copies a now
	a.Add(100)
	fmt.Println(rep(), a.Report())
	addExpr := (*Acc).Add
	addExpr(&a, 1)
	repExpr := Acc.Report
	fmt.Println(repExpr(a))
	ptrRep := (*Acc).Report // value method via pointer method expression
	fmt.Println(ptrRep(&a))
	up := strings.ToUpper
	fmt.Println(up("go"))
	var sb strings.Builder
	write := sb.WriteString
	_, _ = write("hello ")
	_, _ = write("there")
	fmt.Println(sb.String())
	var iface fmt.Stringer = &sb
	str := iface.String
	fmt.Println(str())
}
