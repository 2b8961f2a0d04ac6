// closure_: a returned closure captures an unmodified small variable by
// value (no moved to heap) versus a reassigned one by reference.
package main

func counterByRef() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func constByValue() func() int {
	k := 42
	return func() int { return k }
}

func main() {
	c := counterByRef()
	_ = c()
	_ = constByValue()()
}
