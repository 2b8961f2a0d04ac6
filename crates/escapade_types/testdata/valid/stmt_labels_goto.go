// Covers: labeled break and continue across nested loops, labeled break out of switch and select, goto.
package main

import "fmt"

func findPair(xs []int, target int) (int, int) {
	a, b := -1, -1
outer:
	for i := range xs {
		for j := i + 1; j < len(xs); j++ {
			if xs[i]+xs[j] == target {
				a, b = i, j
				break outer
			}
		}
	}
	return a, b
}

func main() {
	fmt.Println(findPair([]int{1, 4, 6, 9}, 10))
rows:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j > i {
				continue rows
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
	n := 0
loop:
	for {
		switch {
		case n >= 3:
			break loop
		default:
			n++
		}
	}
	fmt.Println(n)
	i := 0
again:
	if i < 3 {
		i++
		goto again
	}
	fmt.Println(i)
	ch := make(chan int, 1)
	ch <- 1
sel:
	for {
		select {
		case v := <-ch:
			fmt.Println("got", v)
		default:
			break sel
		}
	}
}
