// loop_: a backward goto creates a looping label (loop depth increases).
package main

func gotoLoop(n int) *int {
	var p *int
	i := 0
top:
	p = new(int)
	i++
	if i < n {
		goto top
	}
	return p
}

func forwardGoto(c bool) int {
	x := 1
	if c {
		goto end
	}
	x = 2
end:
	return x
}

func gotoLocal(n int) int {
	var p *int
	i := 0
again:
	p = new(int)
	*p = i
	i++
	if i < n {
		goto again
	}
	return *p
}

func main() {}
