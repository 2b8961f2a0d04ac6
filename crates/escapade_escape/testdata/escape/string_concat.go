// string_: string concatenation allocates (a + b escapes / does not escape;
// position = the last +).
package main

var gs string

func concatLocal(a, b string) int {
	s := a + b
	return len(s)
}

func concatRet(a, b, c string) string {
	return a + b + c
}

func concatGlobal(a string) {
	gs = a + "!"
}

func plusEq(xs []string) string {
	r := ""
	for _, x := range xs {
		r += x
	}
	return r
}

func main() {}
