// Mistake: passing a value where an interface requires a pointer-receiver method, in a slice literal.
package main

import "fmt"

type Resetter interface{ Reset() }

type Timer struct{ ticks int }

func (t *Timer) Reset() { t.ticks = 0 }

func main() {
	all := []Resetter{&Timer{}, Timer{ticks: 3}}
	for _, r := range all {
		r.Reset()
	}
	fmt.Println(len(all))
}
