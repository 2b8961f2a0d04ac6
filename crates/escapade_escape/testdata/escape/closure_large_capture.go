// closure_: variables larger than 128 bytes are captured by reference even
// when never reassigned (capturing by ref, width=...).
package main

func bigCapture() func() int {
	var big [20]int
	big[3] = 1
	return func() int { return big[3] }
}

func smallCapture() func() int {
	var small [16]int
	return func() int { return small[0] }
}

func bigLocalClosure() int {
	var big [40]int64
	f := func() int64 { return big[1] }
	return int(f())
}

func main() {}
