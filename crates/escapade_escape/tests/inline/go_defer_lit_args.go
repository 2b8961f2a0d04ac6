package main

type T struct{ a int }

func (t *T) Get() int { return t.a }

func call(f func(int) int, t *T) { t.a = f(t.a) }

var gp *T

// go/defer of a literal called with arguments: gc's wrapper calls the literal through a
// temporary and inlines that call; the literal itself stays.
func spawn(x int) int {
	t := &T{a: x}
	go func(p *T) { p.a++ }(t)
	return x
}

func guard(x int) int {
	t := &T{a: x}
	defer func(p *T) { p.a++ }(t)
	return x
}

func leak(x int) int {
	t := &T{a: x}
	defer func(p *T) { gp = p }(t)
	return x
}

// A literal capturing variables is not inlined in the wrapper.
func captures(x int) int {
	t := &T{a: x}
	y := 3
	defer func(p *T) { p.a += y }(t)
	return x
}

// Without arguments there is no wrapper: never inlined.
func direct(x int) int {
	t := &T{a: x}
	defer func() { t.a++ }()
	return x
}

// A literal passed to a wrapped call is spilled before the statement: it stays.
func passed(x int) int {
	t := &T{a: x}
	defer call(func(y int) int { return y + 1 }, t)
	return x
}

// gc checks the function's own literals first, then the closures of its go/defer
// statements (wrappers, literals deferred without arguments) in source order.
func mixed(x int) int {
	t := &T{a: x}
	f := func() int { return 1 }
	defer func() { t.a++ }()
	go t.Get()
	g := func() int { return 2 }
	go func(p *T) { p.a++ }(t)
	defer func() { t.a-- }()
	defer t.Get()
	h := func() int { return 3 }
	return f() + g() + h()
}

func main() {
	println(spawn(1), guard(2), leak(3), captures(4), direct(5), passed(6), mixed(7))
}
