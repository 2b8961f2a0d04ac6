// go_: arguments of go statements escape (the wrapper closure is heap
// allocated); compare with a plain call.
package main

func worker(p *int) { *p++ }

func startWorker() {
	x := 0
	go worker(&x)
}

func callWorker() int {
	y := 0
	worker(&y)
	return y
}

func main() {}
