// addr_: taking the address of a per-iteration loop variable (Go 1.22
// semantics) and of a variable declared outside the loop.
package main

var ptrs []*int

func perIteration() {
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
	}
}

func outsideLoop() int {
	var acc int
	for i := 0; i < 3; i++ {
		p := &acc
		*p += i
	}
	return acc
}

func rangeVarAddr(xs []int) {
	for _, v := range xs {
		ptrs = append(ptrs, &v)
	}
}

func main() {}
