// large_: big captured arrays are captured by reference and a closure
// object capturing a huge value by value would be too large.
package main

func bigCapture() byte {
	var a [70000]byte
	f := func() byte { return a[0] }
	return f()
}

func smallCapture() int {
	var b [10]int
	f := func() int { b[0]++; return b[0] }
	return f()
}

func main() {}
