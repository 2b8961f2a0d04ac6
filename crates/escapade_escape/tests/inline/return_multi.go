// A return of a multi-value call: gc returns the results through temporaries (cost 1 + 4
// per result more); inlined, the copy assigns the call's results to the result variables.
package main

import "errors"

var sink any

func two() (int, int) { return 1, 2 }

func fwd() (int, int) { return two() }

type P struct{ n int }

func mk(n int) (*P, *P) { return &P{n}, &P{n + 1} }

func fmk(n int) (*P, *P) { return mk(n) }

func pair(n int) (int, error) {
	if n > 0 {
		return n, nil
	}
	return 0, errors.ErrUnsupported
}

func fwd2(n int) (int, error) { return pair(n) }

func main() {
	a, b := fwd()
	_, _ = a, b
	p, q := fmk(3)
	sink = p
	_ = q
	_, _ = fwd2(1)
}
