// iface_: an interface assigned a single concrete type in the same function
// (without -l the compiler may devirtualize the call).
package main

type adder interface{ add(int) int }

type plus struct{ k int }

func (p plus) add(x int) int { return x + p.k }

func compute(x int) int {
	var a adder = plus{k: 2}
	return a.add(x)
}

func main() {
	println(compute(3))
}
