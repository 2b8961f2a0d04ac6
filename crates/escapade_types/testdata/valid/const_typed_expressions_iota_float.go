// Covers: iota in float and typed-string contexts, constant expressions with len, unsafe.Sizeof as constant.
package main

import (
	"fmt"
	"unsafe"
)

type Scale float64

const (
	Quarter Scale = 0.25 * (iota + 1)
	Half
	ThreeQuarters
	Full
)

type Pair struct {
	A int32
	B int64
}

const greeting = "hello"
const glen = len(greeting) * 2
const pairSize = unsafe.Sizeof(Pair{})

var buf [glen]byte
var raw [pairSize]byte

func main() {
	fmt.Println(Quarter, Half, ThreeQuarters, Full)
	fmt.Println(len(buf), len(raw), unsafe.Alignof(Pair{}.B), unsafe.Offsetof(Pair{}.B))
}
