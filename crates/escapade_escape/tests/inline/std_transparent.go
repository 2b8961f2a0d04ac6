// Calls of std functions gc inlines transparently (fmt.Println/Printf/Print,
// sync.(*WaitGroup).Done, strings.Cut): the inlining lines at the calls, the verdicts
// those of the calls through the functions' tags; inside inlined user bodies, in
// deferred calls, in go/defer wrappers inside closures, with results converted to
// interfaces.
package main

import (
	"fmt"
	"strings"
	"sync"
)

type pt struct{ x, y int }

func show(p *pt) {
	fmt.Println(p.x, p)
}

func double(n int) int { return n * 2 }

func halves(s string) (string, string) {
	a, b, _ := strings.Cut(s, "/")
	return a, b
}

func parallel(n int) int {
	var wg sync.WaitGroup
	total := make([]int, n)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			total[i] = i
		}()
	}
	wg.Wait()
	return len(total)
}

func report(x int) {
	defer fmt.Println("done", x)
	fmt.Printf("%d\n", double(x))
}

func main() {
	p := &pt{1, 2}
	show(p)
	q := pt{3, 4}
	fmt.Print(q, &q.x)
	a, b := halves("left/right")
	fmt.Println(a, b)
	report(parallel(3))
	fmt.Println(double(21))
}
