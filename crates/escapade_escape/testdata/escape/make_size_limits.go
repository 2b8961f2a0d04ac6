// make_: implicit allocations larger than 64 KiB are forced to the heap
// (too large for stack); exactly 64 KiB fits.
package main

func fits() int {
	s := make([]byte, 65536)
	return len(s)
}

func tooBig() int {
	s := make([]byte, 65537)
	return len(s)
}

func bigElems() int {
	s := make([]int64, 8193)
	return len(s)
}

func bigCapOnly() int {
	s := make([]byte, 0, 1<<17)
	return cap(s)
}

func main() {}
