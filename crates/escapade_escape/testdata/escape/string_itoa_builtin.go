// string_: print/println builtins do not make their arguments escape.
package main

func show(s string, n int, p *int) {
	println(s, n, p)
	print(s)
}

func showLocal() {
	x := 1
	println(&x)
}

func main() {}
