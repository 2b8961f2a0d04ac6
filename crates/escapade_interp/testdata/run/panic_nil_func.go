// uncaught: calling a nil function value is a nil pointer dereference.
package main

func main() {
	var f func(int) int
	_ = f(1)
}
