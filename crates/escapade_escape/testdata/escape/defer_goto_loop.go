// defer_: a defer inside a backward-goto loop counts as looping.
package main

func done(p *int) {}

func gotoLoop(n int) {
	i := 0
again:
	v := i
	defer done(&v)
	i++
	if i < n {
		goto again
	}
}

func main() {}
