// Covers: goroutines suspended inside nested loops, if/else, labeled break and continue, select
// with a quit channel, receives inside call arguments and comma-ok receives, and closures
// created before and after a suspension capturing per-iteration loop variables.
package main

import "fmt"

func stage(in <-chan int, out chan<- int, quit <-chan struct{}) {
	defer close(out)
outer:
	for round := 0; ; round++ {
		for j := range 3 {
			v, ok := <-in
			if !ok {
				break outer
			}
			if v%2 == 0 {
				out <- v * 10
				continue
			} else if j == 2 {
				continue outer
			}
			select {
			case out <- v + round:
			case <-quit:
				fmt.Println("quit at", v)
				return
			}
		}
	}
}

func main() {
	src := make(chan int)
	out := make(chan int)
	quit := make(chan struct{})
	var fs []func() int
	go func() {
		for i := 1; i <= 9; i++ {
			fs = append(fs, func() int { return i })
			src <- i
			fs = append(fs, func() int { return i * 100 })
		}
		close(src)
	}()
	go stage(src, out, quit)
	n := 0
	for v := range out {
		fmt.Println("out", v)
		n++
	}
	fmt.Println("count", n, len(fs))
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	results := make(chan string)
	go func() {
		for i := 0; i < 3; i++ {
			fmt.Println("recv", <-results, i)
		}
		close(quit)
	}()
	for _, w := range []string{"x", "y", "z"} {
		results <- w
	}
	<-quit
	fmt.Println("end")
}
