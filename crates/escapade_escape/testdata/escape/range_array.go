// range_: ranging over arrays (copied, note "range") and array pointers.
package main

var sink *int

func overArray(a [3]*int) {
	for _, p := range a {
		sink = p
	}
}

func overArrayPtr(a *[3]int) int {
	t := 0
	for _, v := range a {
		t += v
	}
	return t
}

func localArray() int {
	x, y := 1, 2
	arr := [2]*int{&x, &y}
	t := 0
	for _, p := range arr {
		t += *p
	}
	return t
}

func main() {}
