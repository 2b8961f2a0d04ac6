// Function literals of inlined bodies are copied into the caller as new closures (their
// captures those of the copy, their bodies analysed again at their own positions); none
// of the copies is called here.
package main

type box struct{ f func() int }

var sink any
var fs []func() int

func nest(n int) func() func() int {
	return func() func() int {
		return func() int { return n }
	}
}

func counter() func() int {
	c := 0
	return func() int { c++; return c }
}

func boxed(p *int) box {
	return box{f: func() int { return *p }}
}

func loop(xs []int) {
	for _, x := range xs {
		fs = append(fs, func() int { return x })
	}
}

func arr() [2]func() int {
	k := 7
	return [2]func() int{func() int { return k }, nil}
}

func main() {
	sink = nest(3)
	c := counter()
	sink = c
	v := 1
	b := boxed(&v)
	_ = b
	loop([]int{1, 2})
	a := arr()
	_ = a
	w := 2
	b2 := boxed(&w)
	sink = b2
}
