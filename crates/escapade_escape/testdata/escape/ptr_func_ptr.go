// ptr_: pointers to func values.
package p

var hook *func()

func setHook(f func()) {
	hook = &f
}

func callHook(pf *func()) {
	(*pf)()
}
