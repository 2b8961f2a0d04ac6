package main

// A function literal called with arguments by a go/defer statement: gc spills the literal to
// a temporary (at the literal) and each argument to one more (at the statement), all
// captured by the wrapper, which calls .autotmp_N(.autotmp_N+1, ...). In a loop the defer
// wrapper, and with it the literal and its by-reference captures, escapes.

type T struct{ x int }

var sink *T

func deferPtr(t *T) {
	defer func(p *T) { sink = p }(t)
}

func goPtr(t *T) {
	go func(p *T) { sink = p }(t)
}

func deferTwo(t *T, n int) {
	defer func(p *T, k int) { p.x = k }(t, n)
}

func deferCapture(t *T, n int) {
	defer func(k int) { t.x = k }(n)
}

func deferExpr(n int) {
	defer func(k int) { println(k) }(n + 1)
}

func deferValue(t T) {
	defer func(k T) { println(k.x) }(t)
}

func deferFuncValue(t *T, fv func(*T)) {
	defer fv(t)
}

func deferLoop(t *T) {
	for i := 0; i < 3; i++ {
		defer func(p *T) { sink = p }(t)
	}
}

func deferByRef(t *T) {
	x := 0
	defer func(p *T) { x++; p.x = x }(t)
	println(x)
}

func deferByRefLoop(t *T) {
	x := 0
	for i := 0; i < 3; i++ {
		defer func(p *T) { x++; p.x = x }(t)
	}
	println(x)
}

func deferResult() int {
	defer func() int { return 1 }()
	return 0
}

func goTwo(t *T) {
	go func(p, q *T) { sink = q }(t, t)
}

func main() {
	deferPtr(&T{})
	goPtr(&T{})
	deferTwo(&T{}, 1)
	deferCapture(&T{}, 1)
	deferExpr(1)
	deferValue(T{})
	deferFuncValue(&T{}, nil)
	deferLoop(&T{})
	deferByRef(&T{})
	deferByRefLoop(&T{})
	deferResult()
	goTwo(&T{})
}
