// method_: value receivers are copies; returning a pointer field of the
// receiver leaks content to the result.
package main

type wrapper struct {
	p *int
	n int
}

func (w wrapper) get() *int { return w.p }

func (w wrapper) count() int { return w.n }

func (w wrapper) addr() *wrapper { return &w }

func main() {}
