// closure_: capturing a pointer parameter; if the closure escapes the
// parameter leaks, otherwise it does not.
package main

func retClosure(p *int) func() int {
	return func() int { return *p }
}

func localClosure(p *int) int {
	f := func() int { return *p + 1 }
	return f()
}

func storeThrough(p **int) {
	v := 9
	func() { *p = &v }()
}

func main() {}
