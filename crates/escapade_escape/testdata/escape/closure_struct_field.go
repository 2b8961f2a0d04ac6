// closure_: closures stored in struct fields of a local, a returned, and a
// parameter struct.
package main

type ops struct {
	add func(int) int
	neg func(int) int
}

func localOps(k int) int {
	o := ops{add: func(x int) int { return x + k }}
	return o.add(1)
}

func makeOps(k int) ops {
	return ops{
		add: func(x int) int { return x + k },
		neg: func(x int) int { return -x },
	}
}

func fill(o *ops, k int) {
	o.add = func(x int) int { return x * k }
}

func main() {}
