// Covers: pipeline pattern: generator -> square -> sum stages connected by unbuffered channels.
package main

import "fmt"

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		for _, n := range nums {
			out <- n
		}
		close(out)
	}()
	return out
}

func sq(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for n := range in {
			out <- n * n
		}
		close(out)
	}()
	return out
}

func main() {
	total := 0
	for v := range sq(sq(gen(1, 2, 3))) {
		fmt.Println(v)
		total += v
	}
	fmt.Println("total", total)
}
