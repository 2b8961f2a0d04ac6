// closure_: reassignments before the first capture are forgiven (value
// capture); a reassignment after capture forces reference capture.
package main

func before() func() int {
	x := 1
	x = 2
	return func() int { return x }
}

func after() func() int {
	y := 1
	f := func() int { return y }
	y = 2
	return f
}

func inLoopCapture() []func() int {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	return fs
}

func main() {}
