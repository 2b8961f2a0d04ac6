// large_: implicit allocations (new, &T{}, make, literals) over 64 KiB are
// forced to the heap in every version (too large for stack).
package main

type big struct{ a [70000]byte }

func newBig() byte {
	p := new(big)
	return p.a[0]
}

func litBig() byte {
	p := &big{}
	return p.a[1]
}

func sliceLitBig() int {
	s := make([]int32, 20000)
	return len(s)
}

func main() {}
