// methods on named non-struct types: slices, ints, funcs.
package main

import (
	"fmt"
	"strings"
)

type Celsius float64

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }

type Words []string

func (w Words) Join() string { return strings.Join(w, "+") }
func (w *Words) Add(s string) { *w = append(*w, s) }

func main() {
	fmt.Println(Celsius(100).F(), Celsius(-40).F())
	var w Words
	w.Add("a")
	w.Add("b")
	fmt.Println(w.Join(), len(w))
}
