// builtin_: panic arguments escape; recover results are interfaces.
package main

type errBox struct{ msg string }

func fail(msg string) {
	panic(&errBox{msg: msg})
}

func failErr(e error) {
	panic(e)
}

func catch() (v any) {
	defer func() { v = recover() }()
	fail("x")
	return nil
}

func main() {}
