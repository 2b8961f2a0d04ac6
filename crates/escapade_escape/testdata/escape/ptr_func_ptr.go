// ptr_: pointers to func values.
package main

var hook *func()

func setHook(f func()) {
	hook = &f
}

func callHook(pf *func()) {
	(*pf)()
}

func main() {}
