// Covers: naked returns with named results, multiple results, returns in all branches, panic as terminating.
package main

import (
	"errors"
	"fmt"
)

func minmax(xs []int) (lo, hi int, err error) {
	if len(xs) == 0 {
		err = errors.New("empty")
		return
	}
	lo, hi = xs[0], xs[0]
	for _, x := range xs[1:] {
		lo = min(lo, x)
		hi = max(hi, x)
	}
	return
}

func sign(n int) int {
	switch {
	case n > 0:
		return 1
	case n < 0:
		return -1
	default:
		return 0
	}
}

func must(v int, err error) int {
	if err != nil {
		panic(err)
	}
	return v
}

func forever() int {
	for {
		return 1
	}
}

func main() {
	fmt.Println(minmax([]int{3, 1, 4, 1, 5}))
	fmt.Println(minmax(nil))
	fmt.Println(sign(-3), sign(0), sign(8))
	fmt.Println(must(2, nil), forever())
}
