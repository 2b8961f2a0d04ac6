// param_: variadic parameters: the implicit slice (... argument) at call
// sites and leaks of the variadic param.
package main

var keep []*int

func count(xs ...int) int { return len(xs) }

func store(ps ...*int) { keep = ps }

func storeElems(ps ...*int) { keep = append(keep, ps...) }

func calls() int {
	a, b := 1, 2
	storeElems(&a)
	return count(1, 2, 3) + count() + *(&b)
}

func main() {}
