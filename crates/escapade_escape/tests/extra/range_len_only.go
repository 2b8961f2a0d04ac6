package main

// A range without a value variable over an array (or a pointer to one) whose length is
// constant does not evaluate the array: no flow into the range's temporary, and a
// composite literal there is not reported. With a value (even `_`) it is evaluated.

type T struct{ a int }

var sink any

func keyOnly(n int) [3]func() int {
	var fs [3]func() int
	for i := range fs {
		fs[i] = func() int { return i + n }
	}
	return fs
}

func keyBlank(n int) [3]func() int {
	var fs [3]func() int
	for i, _ := range fs {
		fs[i] = func() int { return i + n }
	}
	return fs
}

func ptrArray(n int) *[3]func() int {
	fs := new([3]func() int)
	for i := range fs {
		fs[i] = func() int { return i + n }
	}
	return fs
}

func literals(n int) int {
	s := 0
	for i := range [1]*T{&T{a: n}} {
		s += i
	}
	for i := range [2][]int{{1}, {n}} {
		s += i
	}
	for range [3]int{} {
		s++
	}
	return s
}

func main() {
	sink = keyOnly(1)
	sink = keyBlank(1)
	sink = ptrArray(1)
	sink = literals(1)
}
