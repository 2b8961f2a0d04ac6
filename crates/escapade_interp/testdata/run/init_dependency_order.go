// Covers: package-level variables initialized in dependency order (through functions,
// methods and closures), not source order; multi-value specs; variables without
// initializers holding their zero value throughout; init functions afterwards.
package main

import "fmt"

var log []string

func note(s string, v int) int {
	log = append(log, fmt.Sprint(s, "=", v))
	return v
}

var (
	total     = note("total", a+b+cfg.scale())
	a         = note("a", b*2)
	b         = note("b", base)
	base      = 5
	cfg       = config{factor: note("factor", 3)}
	p, q      = pair()
	sq        = func() int { return note("sq", q*q) }()
	unrelated = note("unrelated", 1)
)

type config struct{ factor int }

func (c config) scale() int { return c.factor * 10 }

func pair() (int, int) { return note("p", 1), note("q", a) }

func init() { log = append(log, "init") }

func main() {
	fmt.Println(total, a, b, base, cfg.factor, p, q, sq, unrelated)
	for _, l := range log {
		fmt.Println(l)
	}
}
