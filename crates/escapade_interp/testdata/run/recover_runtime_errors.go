// recovered runtime errors have Go's messages, and they implement runtime.Error.
package main

import (
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRT := r.(runtime.Error)
		fmt.Printf("%s: %v (runtime.Error=%v)\n", name, r, isRT)
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	var m map[string]int
	var p *struct{ X int }
	var v any = "str"
	zero := 0
	n := 5
	try("index", func() { _ = s[n] })
	try("slice", func() { _ = s[1:n] })
	try("slice3", func() { _ = s[n:] })
	try("nilmap", func() { m["x"] = 1 })
	try("nilptr", func() { _ = p.X })
	try("div", func() { _ = n / zero })
	try("assert", func() { _ = v.(float64) })
	try("custom", func() { panic("mine") })
	try("error", func() { panic(fmt.Errorf("wrapped %d", 1)) })
	try("nil", func() { panic(nil) })
}
