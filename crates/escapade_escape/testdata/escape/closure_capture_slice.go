// closure_: closures capturing slices (a seed example): the slice header is
// captured by value; the backing array escapes only if the closure does.
package main

func sumLater(xs []int) func() int {
	return func() int {
		t := 0
		for _, x := range xs {
			t += x
		}
		return t
	}
}

func sumNow() int {
	xs := []int{1, 2, 3}
	f := func() int { return xs[0] + xs[2] }
	return f()
}

func appendInClosure() []int {
	buf := make([]int, 0, 4)
	add := func(v int) { buf = append(buf, v) }
	add(1)
	add(2)
	return buf
}

func main() {
	_ = sumLater([]int{4, 5})()
	_ = sumNow()
	_ = appendInClosure()
}
