// Covers: iota in expressions, several constants per line, iota resets per const block.
package main

import "fmt"

type Flag uint8

const (
	FlagRead Flag = 1 << iota
	FlagWrite
	FlagExec
)

const (
	A, B = iota, iota * 10
	C, D
	E, F
)

const (
	x0 = iota * iota
	x1
	x2
	x3
)

func (f Flag) Has(g Flag) bool { return f&g != 0 }

func main() {
	perm := FlagRead | FlagExec
	fmt.Println(perm, perm.Has(FlagWrite), perm.Has(FlagExec))
	fmt.Println(A, B, C, D, E, F)
	fmt.Println(x0, x1, x2, x3)
	perm &^= FlagRead
	fmt.Printf("%03b\n", perm)
}
