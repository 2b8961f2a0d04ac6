// defer_: deferring a call through a func value parameter and through a
// local closure variable.
package main

func run(f func()) {
	defer f()
}

func local(n int) (r int) {
	f := func() { r = n }
	defer f()
	return 0
}

func main() {}
