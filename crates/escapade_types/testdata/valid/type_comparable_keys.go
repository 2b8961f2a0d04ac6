// Covers: comparability: arrays, structs, pointers, interfaces and channels as map keys.
package main

import "fmt"

type pair [2]string

type Loc struct {
	File string
	Line int
}

func main() {
	seen := map[pair]bool{}
	seen[pair{"a", "b"}] = true
	fmt.Println(seen[pair{"a", "b"}], seen[pair{"b", "a"}])
	hits := map[Loc]int{}
	hits[Loc{"main.go", 10}]++
	hits[Loc{"main.go", 10}]++
	fmt.Println(hits[Loc{"main.go", 10}])
	byIface := map[any]string{1: "int", "1": "string", 1.0: "float"}
	fmt.Println(len(byIface), byIface[1], byIface["1"])
	a, b := new(int), new(int)
	ptrs := map[*int]string{a: "a", b: "b"}
	fmt.Println(ptrs[a], ptrs[b])
	ch := make(chan int)
	chans := map[chan int]bool{ch: true}
	fmt.Println(chans[ch])
}
