package main

// A deferred panic's argument goes through the wrapper's temporary: go1.27.3 -m=2 prints
// `panic(.autotmp_1)` (refused at -m=2; the verdicts of -m are modelled).

func d1(x any) {
	defer panic(x)
}

func d2() {
	defer panic(21)
}

func d3(s string) {
	msg := s + "!"
	defer panic(msg)
	msg = "changed"
}

func main() {
	d1(1)
	d2()
	d3("x")
}
