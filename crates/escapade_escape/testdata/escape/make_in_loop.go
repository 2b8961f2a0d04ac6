// make_: allocations inside a loop: local per iteration versus assigned to a
// variable declared outside the loop.
package main

func perIter(n int) int {
	t := 0
	for i := 0; i < n; i++ {
		b := make([]byte, 8)
		t += len(b)
	}
	return t
}

func outside(n int) int {
	var keep []byte
	for i := 0; i < n; i++ {
		keep = make([]byte, 8)
	}
	return len(keep)
}

func main() {}
