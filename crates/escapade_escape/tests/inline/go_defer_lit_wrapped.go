package main

// A go/defer of a literal that returns results or takes a (variadic) parameter is wrapped by
// gc even without arguments, and the wrapper inlines the literal's call when it captures
// nothing; `func() {…}()` is called directly (no wrapper, never inlined).

func deferResult() int {
	defer func() int { return 1 }()
	return 0
}

func deferResultCapture() int {
	x := 2
	defer func() int { return x }()
	return 0
}

func goResult() {
	go func() int { return 1 }()
}

func goResults() {
	go func() (int, int) { return 1, 2 }()
}

func deferVariadic() {
	defer func(xs ...int) { println(len(xs)) }()
}

func deferSpread(s []int) {
	defer func(xs ...int) { println(len(xs)) }(s...)
}

func deferPlain() {
	defer func() { println(1) }()
}

func main() {
	deferResult()
	deferResultCapture()
	goResult()
	goResults()
	deferVariadic()
	deferSpread(nil)
	deferPlain()
}
