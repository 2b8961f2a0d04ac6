// Covers: array/slice literals with constant index keys and iota-based enums as keys, lookup tables.
package main

import "fmt"

type Op int

const (
	Add Op = iota
	Sub
	Mul
	numOps
)

var opNames = [numOps]string{Add: "add", Sub: "sub", Mul: "mul"}
var precedence = map[Op]int{Add: 1, Sub: 1, Mul: 2}

func main() {
	for op := Add; op < numOps; op++ {
		fmt.Println(op, opNames[op], precedence[op])
	}
	sparse := [...]int{5: 1, 2, 10: 3}
	fmt.Println(len(sparse), sparse)
}
