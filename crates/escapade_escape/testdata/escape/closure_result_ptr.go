// closure_: a closure returning a pointer to a captured or local variable;
// called directly its result does not force the variable to the heap.
package main

var sink *int

func callDirect() int {
	u := 1
	p := func() *int { return &u }()
	return *p
}

func storeResult() {
	v := 2
	sink = func() *int { return &v }()
}

func localAlloc() *int {
	return func() *int {
		w := 3
		return &w
	}()
}

func main() {}
