// Covers: storing values vs pointers in interfaces, modifying through the interface, method set rules for embedded T and *T.
package main

import "fmt"

type Resetter interface{ Reset() }
type Getter interface{ Get() int }

type Cell struct{ v int }

func (c *Cell) Reset()  { c.v = 0 }
func (c Cell) Get() int { return c.v }

type Wrapper struct{ *Cell }
type ValueWrapper struct{ Cell }

func main() {
	c := &Cell{v: 5}
	var r Resetter = c
	var g Getter = c
	r.Reset()
	fmt.Println(g.Get(), c.v)
	var r2 Resetter = Wrapper{&Cell{9}} // Wrapper has Reset via *Cell
	r2.Reset()
	vw := &ValueWrapper{Cell{3}}
	var r3 Resetter = vw // *ValueWrapper has Reset
	r3.Reset()
	var g2 Getter = ValueWrapper{Cell{4}}
	fmt.Println(vw.v, g2.Get())
}
