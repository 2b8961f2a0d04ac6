// Covers: defined (named) types vs aliases, assignability between them, method sets of named types.
package main

import "fmt"

type Celsius float64
type Temp = Celsius // alias: identical type
type Names []string
type StrAlias = string

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }

func (n Names) Join() string {
	out := ""
	for i, s := range n {
		if i > 0 {
			out += ","
		}
		out += s
	}
	return out
}

func main() {
	var t Temp = 100
	var c Celsius = t // no conversion: alias
	fmt.Println(c.F(), t.F())
	var raw []string = []string{"a", "b"}
	var n Names = raw // assignable: identical underlying, one side unnamed
	fmt.Println(n.Join())
	var s StrAlias = "x"
	var plain string = s
	fmt.Println(plain)
	f := float64(c) // conversion needed between named and float64
	fmt.Println(f)
}
