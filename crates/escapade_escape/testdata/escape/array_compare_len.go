// array_: comparisons and len of arrays do not cause flows.
package main

func eq(a, b [4]*int) bool { return a == b }

func size(a *[16]byte) int { return len(a) }

func cmpLocal() bool {
	x := 1
	a := [1]*int{&x}
	b := [1]*int{&x}
	return a == b
}

func main() {}
