// map values are not addressable: update structs by copy and reassign, or store pointers.
package main

import "fmt"

type counter struct{ n int }

func main() {
	m := map[string]counter{"a": {1}}
	c := m["a"]
	c.n++
	m["a"] = c
	fmt.Println(m)
	p := map[string]*counter{"b": {5}}
	p["b"].n *= 2
	fmt.Println(p["b"].n, *p["b"])
	m["z"] = counter{}
	fmt.Printf("%v %+v\n", m, m)
}
