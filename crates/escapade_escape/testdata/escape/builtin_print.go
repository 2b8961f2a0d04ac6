// builtin_: print/println never make arguments escape, including
// composite expressions.
package main

func show(p *int, s []int, m map[int]int) {
	println(p, s, m)
}

func showExpr(a, b string) {
	println(a + b)
}

func main() {}
